import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../content/markdown.ts";
import { closestPassage } from "../closest.ts";
import { changes, hunks } from "../differences.ts";
import { visibleText } from "../passages.ts";
import { searchable } from "../searchable.ts";
import { normalizeText } from "../text.ts";

/** The changes between `quote` and its closest passage in the Markdown `source`. */
function compare(source: string, quote: string) {
  const text = searchable(visibleText(parseMarkdown(source), source));
  const part = normalizeText(quote);
  const closest = closestPassage(text, part);
  if (!closest) throw new Error("no passage");
  const range = { from: closest.normalizedStart, to: closest.normalizedEnd };
  return changes(text, range, part, quote);
}

describe("hunks", () => {
  it("gives each stretch that differs, in both texts' offsets, a replacement as one", () => {
    expect(hunks("derrière Amine, encore", "derrière Amina encore")).toEqual([
      { s0: 13, s1: 15, q0: 13, q1: 14 },
    ]);
    expect(hunks("Il a dit", "Il l'a dit")).toEqual([{ s0: 3, s1: 3, q0: 3, q1: 5 }]);
  });
});

describe("changes", () => {
  it("widens a changed letter to its word, in the source's characters", () => {
    expect(compare("Le président de la région a demandé", "Le president de la région a")).toEqual([
      {
        kind: "words",
        source: "président",
        quote: "president",
        sourceChars: "é",
        quoteChars: "e",
        start: 3,
        context: "Le [président] de la région a demandé",
      },
    ]);
  });

  it("tells a difference of case alone", () => {
    expect(
      compare("Il a dit que la République serait là", "Il a dit que la république serait"),
    ).toMatchObject([
      { kind: "case", source: "République", quote: "république", sourceChars: "R" },
    ]);
  });

  it("does not report what the normalisation forgives: the apostrophe stays the source's", () => {
    expect(
      compare("Il demande la Légion d’honneur pour lui.", "la Légion d'honeur pour lui"),
    ).toMatchObject([
      { kind: "words", source: "d’honneur", quote: "d'honeur", sourceChars: "n", quoteChars: "" },
    ]);
  });

  it("keeps a no-break space of the source and of the quote as it is, to be named", () => {
    expect(
      compare(
        "la région Bourgogne-Franche-Comté a demandé",
        "la région Bourgogne\u00A0Franche-Comté",
      ),
    ).toMatchObject([
      {
        kind: "characters",
        source: "Bourgogne-Franche",
        quote: "Bourgogne\u00A0Franche",
        sourceChars: "-",
        quoteChars: "\u00A0",
        context: "la région Bourgogne[-]Franche-Comté a demandé",
      },
    ]);
  });

  it("tells words left out and words added, marking their place", () => {
    const source = "son action individuelle, mais aussi le message qu’il porte";
    expect(compare(source, "son action, mais aussi le message qu'il porte")).toMatchObject([
      {
        kind: "removed",
        sourceChars: " individuelle",
        context: "son action [individuelle], mais aussi le message…",
      },
    ]);
    expect(compare(source, "son action individuelle et collective, mais aussi")).toMatchObject([
      {
        kind: "added",
        quoteChars: " et collective",
        context: "son action individuelle[], mais aussi le message…",
      },
    ]);
  });

  it("makes one change of differences within one word, and keeps context within its block", () => {
    const list = compare(
      "Premier paragraphe.\n\nLa liste des narcotrafiquants.\n\nSuite.",
      "La liste des narkotrafikants",
    );
    expect(list).toMatchObject([
      {
        kind: "words",
        source: "narcotrafiquants",
        quote: "narkotrafikants",
        context: "La liste des [narcotrafiquants].",
      },
    ]);
  });
});
