import { describe, expect, it } from "vitest";
import { normalize, normalizeText } from "../text.ts";

describe("normalize", () => {
  it.each([
    ["mathematical bold letters", "𝐈𝐥 𝐟𝐚𝐮𝐭 𝐮𝐧 𝐬𝐮𝐫𝐬𝐚𝐮𝐭", "Il faut un sursaut"],
    ["a bold letter with a combining accent", "𝐥𝐞́𝐠𝐢𝐨𝐧 𝐚̀", "légion à"],
    ["a plain letter with a combining accent", "le\u0301gion", "légion"],
    ["a line break", "celle d’un\nsur fond", "celle d'un sur fond"],
    ["a run of spaces, tabs and breaks", "a \t\n\n  b", "a b"],
    ["a no-break space", "20\u00A0ans", "20 ans"],
    ["a narrow no-break space", "phénomène\u202F: « Elles", 'phénomène : "Elles'],
    ["guillemets with no-break spaces inside", "« prêt\u00A0»", '"prêt"'],
    ["curly double quotes", "“sursaut”", '"sursaut"'],
    ["typographic apostrophes", "l’État ‘x’ ʼy", "l'État 'x' 'y"],
    ["an ellipsis", "et puis…", "et puis..."],
    ["a soft hyphen", "narco\u00ADtrafic", "narcotrafic"],
    ["zero-width characters", "nar\u200Bco\u200Dtra\u2060fic\uFEFF", "narcotrafic"],
  ])("forgives %s", (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it.each([
    ["case", "Légion", "légion"],
    ["a missing accent", "légion", "legion"],
    ["a hyphen against a space", "anti-drogue", "anti drogue"],
  ])("does not forgive %s", (_name, a, b) => {
    expect(normalize(a).text).not.toBe(normalize(b).text);
  });

  it("maps every normalised character back to the input characters it came from", () => {
    const input = "𝐥𝐞́ «\u00A0x\u00A0»  l’a…";
    const { text, starts, ends } = normalize(input);
    expect(text).toBe('lé "x" l\'a...');
    const origin = [...text].map((_char, i) => input.slice(starts[i], ends[i]));
    expect(origin).toEqual([
      "𝐥",
      "𝐞́",
      " ",
      "«\u00A0",
      "x",
      "\u00A0»",
      "  ",
      "l",
      "’",
      "a",
      "…",
      "…",
      "…",
    ]);
  });
});

describe("normalizeText", () => {
  it("trims the text after normalising it", () => {
    expect(normalizeText("\n « Il faut un sursaut » ")).toBe('"Il faut un sursaut"');
  });
});
