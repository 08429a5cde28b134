import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../content/markdown.ts";
import { locate } from "../locate.ts";
import { visibleText } from "../passages.ts";
import { disambiguate, quoteOf, wordsAfter, wordsBefore } from "../quote-places.ts";
import { searchable } from "../searchable.ts";
import { seedSource } from "./seeds.ts";

const durain = seedSource("durain-legion-honneur");
const text = durain.text.visible.text;
const REPEATED =
  "La République serait derrière Amine dans ses combats, devant lui pour le protéger";

function matches(quote: string) {
  const found = locate(durain.text, { quote });
  if (found.kind !== "ambiguous") throw new Error(`expected ambiguous, got ${found.kind}`);
  return found.matches;
}

describe("wordsBefore", () => {
  it("takes the last words before a place, skipping the quotation mark that opens the quote", () => {
    const at = text.indexOf("Il faut un sursaut");
    expect(wordsBefore(text, at, 1)).toBe("bienveillance » .");
    expect(wordsBefore(text, at, 2)).toBe("sa « bienveillance » .");
  });
});

describe("wordsAfter", () => {
  it("takes the first words after a place, punctuation riding along", () => {
    const at = text.indexOf("affirme-t-il") - ", ".length;
    expect(wordsAfter(text, at, 1)).toBe(", affirme-t-il.");
  });
});

describe("disambiguate", () => {
  it("finds for each place of a repeated sentence the shortest prefix or suffix that tells it apart", () => {
    expect(matches(REPEATED).map((match) => disambiguate(durain.text, REPEATED, match))).toEqual([
      { prefix: "printemps." },
      { prefix: "protéger" },
      { prefix: "Bourgogne-Franche-Comté" },
    ]);
  });

  it("falls back on a suffix where nothing stands before the quote", () => {
    const markdown = "Il a dit oui.\n\nIl a dit non.\n";
    const source = searchable(visibleText(parseMarkdown(markdown), markdown));
    const found = locate(source, { quote: "Il a dit" });
    if (found.kind !== "ambiguous") throw new Error(found.kind);
    expect(found.matches.map((match) => disambiguate(source, "Il a dit", match))).toEqual([
      { suffix: "oui." },
      { prefix: "oui." },
    ]);
  });
});

describe("quoteOf", () => {
  it("rebuilds a quote from its places, elisions included", () => {
    const quote = "La République serait derrière Amine […] pour le protéger";
    const [first] = matches(quote);
    expect(quoteOf(durain.text, first ?? [])).toBe(quote);
  });
});
