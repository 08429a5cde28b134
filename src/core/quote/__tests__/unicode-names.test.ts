import { describe, expect, it } from "vitest";
import { codePoint, describeCharacter, labelCharacter, unicodeName } from "../unicode-names.ts";

describe("unicodeName", () => {
  it.each([
    ["\u00A0", "NO-BREAK SPACE"],
    ["\u202F", "NARROW NO-BREAK SPACE"],
    ["\u2009", "THIN SPACE"],
    ["\u200B", "ZERO WIDTH SPACE"],
    ["\u2019", "RIGHT SINGLE QUOTATION MARK"],
    ["\u00AB", "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK"],
    ["\u2011", "NON-BREAKING HYPHEN"],
    ["\u2013", "EN DASH"],
    ["\u2026", "HORIZONTAL ELLIPSIS"],
    ["\u0301", "COMBINING ACUTE ACCENT"],
    ["é", "LATIN SMALL LETTER E WITH ACUTE"],
    ["À", "LATIN CAPITAL LETTER A WITH GRAVE"],
    ["ç", "LATIN SMALL LETTER C WITH CEDILLA"],
    ["ï", "LATIN SMALL LETTER I WITH DIAERESIS"],
    ["œ", "LATIN SMALL LIGATURE OE"],
    ["𝐞", "U+1D41E"],
  ])("names %j %s", (char, name) => {
    expect(unicodeName(char)).toBe(name);
  });
});

describe("codePoint", () => {
  it("writes the code point as Unicode does, astral planes included", () => {
    expect([codePoint("\u00A0"), codePoint("𝐞")]).toEqual(["U+00A0", "U+1D41E"]);
  });
});

describe("describeCharacter", () => {
  it.each([
    [" ", "a SPACE"],
    ["\u00A0", "a NO-BREAK SPACE (U+00A0)"],
    ["-", "a HYPHEN-MINUS (-)"],
    ["\u2013", "an EN DASH (–, U+2013)"],
    ["\u200E", "a LEFT-TO-RIGHT MARK (U+200E)"],
    ["\u2062", "the character U+2062"],
    ["𝐞", "the character 𝐞 (U+1D41E)"],
  ])("describes %j as %j", (char, described) => {
    expect(describeCharacter(char)).toBe(described);
  });
});

describe("labelCharacter", () => {
  it("shows a visible character and names it, and gives an invisible one's code point", () => {
    expect(labelCharacter("é")).toBe("é, LATIN SMALL LETTER E WITH ACUTE");
    expect(labelCharacter("\u202F")).toBe("U+202F NARROW NO-BREAK SPACE");
  });
});
