import { describe, expect, it } from "vitest";
import { context, mapper, quoteMapper, reader, trim } from "../excerpts.ts";
import { normalize } from "../text.ts";

const text =
  "Il a dit : « La République serait derrière Amine »\net il l’a redit.\n\nLa République serait derrière Amine, encore.";

describe("context", () => {
  it("brackets the range with a few whole words either side, within its paragraph", () => {
    const start = text.indexOf("derrière Amine, encore");
    expect(context(text, [start, start + 8])).toBe(
      "La République serait [derrière] Amine, encore.",
    );
  });

  it("cuts long context at a word and marks the cut", () => {
    const start = text.lastIndexOf(" sera");
    expect(context(text, [start, start + 5])).toBe("La République[ sera]it derrière Amine,…");
  });
});

describe("reader", () => {
  it("reads tabs, line breaks and runs of spaces as one space", () => {
    expect(reader("a\n\tb  c")).toBe("a b c");
  });
});

describe("trim", () => {
  it("narrows a range to leave out white space at both ends", () => {
    const range: [number, number] = [0, 6];
    trim("  ab  ", range);
    expect(range).toEqual([2, 4]);
  });
});

describe("mapper", () => {
  it("maps a range of normalised text back to the text it came from", () => {
    const written = "L’État";
    const map = normalize(written);
    expect(written.slice(...mapper(map, 0, written)(0, 3))).toBe("L’É");
  });
});

describe("quoteMapper", () => {
  it("maps a part of the quote to the quote as written", () => {
    const written = "  La  République serait";
    const part = normalize(written).text.trim();
    expect(quoteMapper(part, written)(0, part.length)).toBe("La  République serait");
  });

  it("falls back to the normalised part when the written quote is not known", () => {
    expect(quoteMapper("la republique", undefined)(3, 13)).toBe("republique");
  });
});
