import { describe, expect, it } from "vitest";
import { en } from "../en.ts";
import { fr } from "../fr.ts";
import { formatDate, formatNumber, pluralForms, translator, withColon } from "../index.ts";

describe("translator", () => {
  it("is made once per language, since every component of every page asks for it", () => {
    expect(translator("fr")).toBe(translator("fr"));
    expect(translator("en")).not.toBe(translator("fr"));
  });

  it.each([
    ["fr", 0, "0 vérification"],
    ["fr", 1, "1 vérification"],
    ["fr", 2, "2 vérifications"],
    ["fr", 1200, "1\u202f200 vérifications"],
    ["en", 1, "1 fact-check"],
    ["en", 0, "0 fact-checks"],
    ["en", 1200, "1,200 fact-checks"],
  ] as const)("writes %s plurals as the language does: %i gives %s", (lang, count, expected) => {
    expect(translator(lang)("listing.count", { count })).toBe(expected);
  });

  it("fills the values of a string", () => {
    expect(translator("fr")("listing.tag", { label: "Narcotrafic" })).toBe(
      "Thème\u202f: Narcotrafic",
    );
  });
});

describe("pluralForms", () => {
  it("gives a script the forms of a plural string", () => {
    expect(pluralForms("en", "search.results")).toEqual({
      one: "{count} result for “{query}”",
      other: "{count} results for “{query}”",
    });
  });
});

describe("formatDate", () => {
  it("writes a date with no-break spaces, so that it never breaks across lines", () => {
    expect(formatDate("2026-02-09", "fr")).toBe("9\u00a0février\u00a02026");
  });

  it("writes the first of the month as French writes it, « 1er », and only the first", () => {
    expect(formatDate("2025-12-01", "fr")).toBe("1er\u00a0décembre\u00a02025");
    expect(formatDate("2025-12-11", "fr")).toBe("11\u00a0décembre\u00a02025");
    expect(formatDate("2025-12-01", "en")).toBe("1\u00a0December\u00a02025");
  });
});

describe("the French strings", () => {
  it("put a narrow no-break space before : ; ! ? and inside « », never an ordinary space", () => {
    const wrong = Object.entries(fr).filter(([, value]) =>
      /[ \u00a0][:;!?»]|«[ \u00a0]/.test(value),
    );
    expect(wrong).toEqual([]);
  });

  it("never write a plural with (s)", () => {
    const strings = [...Object.values(fr), ...Object.values(en)];
    expect(strings.filter((value) => /\((?:s|e|es)\)/.test(value))).toEqual([]);
  });
});

describe("withColon", () => {
  it.each([
    ["fr", "Thèmes\u202f:"],
    ["en", "Thèmes:"],
  ] as const)("writes a label's colon as %s does", (lang, expected) => {
    expect(withColon("Thèmes", lang)).toBe(expected);
  });
});

describe("formatNumber", () => {
  it("writes a count as the search page's script does, with a narrow no-break space in French", () => {
    expect(formatNumber(10_000, "fr")).toBe("10\u202f000");
    expect(formatNumber(10_000, "en")).toBe("10,000");
    expect(formatNumber(12, "fr")).toBe("12");
  });
});
