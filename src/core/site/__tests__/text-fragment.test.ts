import { describe, expect, it } from "vitest";
import { textFragmentUrl } from "../text-fragment.ts";
import { exSenateur } from "./claim-fixture.ts";

const ARTICLE = "https://journal.example/politique/durain-legion-honneur";

describe("textFragmentUrl", () => {
  it("links a short quote as a single term", () => {
    const url = textFragmentUrl(ARTICLE, [{ exact: "Il faut un sursaut", prefix: "", suffix: "" }]);
    expect(url).toBe(`${ARTICLE}#:~:text=Il%20faut%20un%20sursaut`);
  });

  it("links a quote of more than eight words by its first and last four words", () => {
    const exact = "L’ex-sénateur socialiste a écrit, vendredi 21 novembre, à Emmanuel Macron";
    expect(textFragmentUrl(ARTICLE, [{ exact, prefix: "", suffix: "" }])).toBe(
      `${ARTICLE}#:~:text=L%E2%80%99ex%2Ds%C3%A9nateur%20socialiste%20a%20%C3%A9crit%2C,novembre%2C%20%C3%A0%20Emmanuel%20Macron`,
    );
  });

  it("links the seed's quote with the first whole words after it", () => {
    expect(textFragmentUrl(ARTICLE, exSenateur.parts)).toBe(exSenateur.originalUrl);
  });

  it("does not count guillemets standing alone as words", () => {
    const exact = "le président de la région a demandé à Emmanuel Macron sa « bienveillance »";
    expect(textFragmentUrl(ARTICLE, [{ exact, prefix: "", suffix: "" }])).toBe(
      `${ARTICLE}#:~:text=le%20pr%C3%A9sident%20de%20la,Emmanuel%20Macron%20sa%20%C2%AB%20bienveillance%20%C2%BB`,
    );
  });

  it.each([
    [
      "keeps the last three whole words before and the first three after",
      {
        prefix: " dans cette lettre, qu’il a postée samedi, ",
        suffix: " sa « bienveillance » dans la ",
      },
      "text=a%20post%C3%A9e%20samedi%2C-,le%20pr%C3%A9sident,-sa%20%C2%AB%20bienveillance%20%C2%BB%20dans",
    ],
    [
      "drops a first word of the prefix and a last word of the suffix that may be cut",
      { prefix: "mbre, à ", suffix: " pour lui dem" },
      "text=%C3%A0-,le%20pr%C3%A9sident,-pour%20lui",
    ],
    [
      "does not carry context across a line break",
      { prefix: "Kessaci.\n\nAu total, ", suffix: "\n\n. « Il faut" },
      "text=Au%20total%2C-,le%20pr%C3%A9sident",
    ],
    ["leaves out empty context", { prefix: "", suffix: "  " }, "text=le%20pr%C3%A9sident"],
  ])("%s", (_name, context, directive) => {
    const url = textFragmentUrl(ARTICLE, [{ exact: "le président", ...context }]);
    expect(url).toBe(`${ARTICLE}#:~:${directive}`);
  });

  it("joins one directive per part with &", () => {
    const url = textFragmentUrl(ARTICLE, [
      { exact: "Il faut un sursaut", prefix: "", suffix: "" },
      { exact: "dans la lutte contre le narcotrafic", prefix: "", suffix: "" },
    ]);
    expect(url).toBe(
      `${ARTICLE}#:~:text=Il%20faut%20un%20sursaut&text=dans%20la%20lutte%20contre%20le%20narcotrafic`,
    );
  });

  it("encodes the , - and & the syntax reserves, and turns a no-break space into a space", () => {
    const exact = "Bourgogne-Franche-Comté, Sénat & région\u00A0: 20\u00A0ans";
    expect(textFragmentUrl(ARTICLE, [{ exact, prefix: "", suffix: "" }])).toBe(
      `${ARTICLE}#:~:text=Bourgogne%2DFranche%2DComt%C3%A9%2C%20S%C3%A9nat%20%26%20r%C3%A9gion%20%3A%2020%20ans`,
    );
  });

  it("keeps characters other than white space as written", () => {
    const url = textFragmentUrl(ARTICLE, [{ exact: "𝐈𝐥 𝐟𝐚𝐮𝐭", prefix: "", suffix: "" }]);
    expect(decodeURIComponent(url.split("text=")[1] ?? "")).toBe("𝐈𝐥 𝐟𝐚𝐮𝐭");
  });

  it("replaces the url's own hash", () => {
    const url = textFragmentUrl(`${ARTICLE}?page=2#commentaires`, [
      { exact: "sursaut", prefix: "", suffix: "" },
    ]);
    expect(url).toBe(`${ARTICLE}?page=2#:~:text=sursaut`);
  });

  it("returns the url without its hash when no part has text", () => {
    expect(textFragmentUrl(`${ARTICLE}#haut`, [{ exact: " \n ", prefix: "a", suffix: "b" }])).toBe(
      ARTICLE,
    );
  });
});
