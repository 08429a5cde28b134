import { describe, expect, it } from "vitest";
import { locate, MAX_ELISION_GAP, quoteParts } from "../locate.ts";
import { originals, seedSource } from "./seeds.ts";

const durain = seedSource("durain-legion-honneur");
const kessaci = seedSource("kessaci-association-nationale");
const REPEATED =
  "La République serait derrière Amine dans ses combats, devant lui pour le protéger";

describe("quoteParts", () => {
  it.each([
    ["a quote without elision", "Il faut un sursaut", ["Il faut un sursaut"]],
    [
      "an elision written […]",
      "L’enquête se poursuit […] par la justice",
      ["L'enquête se poursuit", "par la justice"],
    ],
    ["an elision written [...]", "a [...] b [ … ] c", ["a", "b", "c"]],
    ["an elision at the start", "[…] sur fond de narcotrafic", ["sur fond de narcotrafic"]],
  ])("splits %s", (_name, quote, parts) => {
    expect(quoteParts(quote)).toEqual(parts);
  });
});

describe("locate", () => {
  it("finds the bold tweet quoted with plain letters, and highlights its bold characters", () => {
    const quote =
      "J'ai écrit à @EmmanuelMacron pour lui proposer de remettre la légion d'honneur à @kessaciamine1";
    const found = locate(durain.text, { quote });
    expect(found.kind).toBe("found");
    if (found.kind !== "found") return;
    expect(originals(durain, found.parts)).toEqual([
      "J’ai écrit à @EmmanuelMacron 𝐩𝐨𝐮𝐫 𝐥𝐮𝐢 𝐩𝐫𝐨𝐩𝐨𝐬𝐞𝐫 𝐝𝐞 𝐫𝐞𝐦𝐞𝐭𝐭𝐫𝐞 𝐥𝐚 𝐥𝐞́𝐠𝐢𝐨𝐧 𝐝’𝐡𝐨𝐧𝐧𝐞𝐮𝐫 𝐚̀ @kessaciamine1",
    ]);
  });

  it("reports a quote found three times, at each place", () => {
    const found = locate(durain.text, { quote: REPEATED });
    expect(found.kind).toBe("ambiguous");
    if (found.kind !== "ambiguous") return;
    const lines = found.matches.map((parts) => durain.file.point(parts[0]?.fileStart ?? 0).line);
    expect(lines).toEqual([27, 29, 33]);
  });

  it.each([
    ["a prefix", { prefix: "Bourgogne-Franche-Comté" }, 33],
    ["a suffix", { suffix: ", a-t-il ajouté" }, 33],
    ["a prefix and a suffix", { prefix: "printemps.", suffix: "La République" }, 27],
  ])("tells the repeated sentence apart with %s", (_name, context, line) => {
    const found = locate(durain.text, { quote: REPEATED, ...context });
    expect(found.kind).toBe("found");
    if (found.kind !== "found") return;
    expect(durain.file.point(found.parts[0]?.fileStart ?? 0).line).toBe(line);
  });

  it("says so when the quote stands in the source but not next to its prefix", () => {
    const found = locate(durain.text, { quote: REPEATED, prefix: "Emmanuel Macron" });
    expect(found.kind).toBe("context-mismatch");
  });

  it("finds a quote broken over a line of the source", () => {
    const found = locate(durain.text, {
      quote: "celle d’un « crime d’avertissement » sur fond de narcotrafic",
    });
    expect(found.kind).toBe("found");
    if (found.kind !== "found") return;
    expect(originals(durain, found.parts)).toEqual([
      "celle d’un « crime d’avertissement »\nsur fond de narcotrafic",
    ]);
  });

  it("finds guillemets with no-break spaces quoted with plain double quotes", () => {
    const quote =
      "phénomène : \"Elles n'ont pas été préparées, elles n'ont pas vu ce phénomène arriver il y a 20 ans.\"";
    const found = locate(kessaci.text, { quote });
    expect(found.kind).toBe("found");
    if (found.kind !== "found") return;
    expect(originals(kessaci, found.parts)).toEqual([
      "phénomène : «\u00A0Elles n’ont pas été préparées, elles n’ont pas vu ce phénomène arriver il y a 20 ans.\u00A0»",
    ]);
  });

  it("finds each part of an elided quote, in order", () => {
    const found = locate(durain.text, {
      quote: "L’enquête se poursuit […] celle d’un « crime d’avertissement »",
    });
    expect(found.kind).toBe("found");
    if (found.kind !== "found") return;
    expect(originals(durain, found.parts)).toEqual([
      "L’enquête se poursuit",
      "celle d’un « crime d’avertissement »",
    ]);
  });

  it("refuses an elision whose parts stand far apart", () => {
    const quote = "L’un des co-auteurs de la loi […] 25 villes";
    expect(locate(durain.text, { quote }).kind).toBe("not-found");
    expect(MAX_ELISION_GAP).toBeLessThan(durain.text.normalized.text.length);
  });

  it("marks each block of a quote that crosses two paragraphs", () => {
    const found = locate(durain.text, { quote: "le 13 novembre. Il a écrit à Emmanuel Macron." });
    expect(found.kind).toBe("found");
    if (found.kind !== "found") return;
    expect(originals(durain, found.parts)).toEqual([
      "le 13 novembre.",
      "Il a écrit à Emmanuel Macron.",
    ]);
  });

  it("shows the closest passage and the difference for a misspelt quote", () => {
    const found = locate(kessaci.text, {
      quote: "Kessaci, âgé de 23 ans, vit sous haute protection policière",
    });
    expect(found.kind).toBe("not-found");
    if (found.kind !== "not-found") return;
    expect(found.closest?.text).toBe("Kessaci, âgé de 22 ans, vit sous haute protection policière");
    expect(found.closest?.differences).toEqual([{ source: "2", quote: "3" }]);
    expect(found.closest?.similarity).toBeCloseTo(1 - 1 / 59, 5);
    expect(kessaci.file.point(found.closest?.fileStart ?? 0).line).toBe(23);
  });

  it("offers no passage for a quote from another article", () => {
    const found = locate(kessaci.text, {
      quote: "Le gouvernement a présenté hier son budget pour l'agriculture",
    });
    expect(found).toMatchObject({ kind: "not-found", closest: undefined });
  });

  it("reports a quote with nothing in it", () => {
    expect(locate(durain.text, { quote: " […] " }).kind).toBe("empty");
  });

  it("does not match Markdown syntax: a heading is found without its ##", () => {
    const found = locate(kessaci.text, {
      quote: "Création d’une association nationale pour lutter contre le narcotrafic",
    });
    expect(found.kind).toBe("found");
    expect(locate(kessaci.text, { quote: "## Création d’une association" }).kind).toBe("not-found");
  });
});
