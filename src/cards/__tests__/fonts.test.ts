import { describe, expect, it } from "vitest";
import { face, fontKey, glyphOf } from "../fonts.ts";

/** The advance of `char` in a face, in font units. */
function advance(family: "inter" | "source-serif-4", weight: 400 | 600 | 700, char: string) {
  return glyphOf(face({ family, weight }), char.codePointAt(0) as number)?.glyph.advanceWidth;
}

describe("face", () => {
  // The widths of the static fonts of the same families (@fontsource 5.3), which the cards used before.
  it.each([
    ["inter", 400, 1318],
    ["inter", 600, 1336],
    ["inter", 700, 1345],
    ["source-serif-4", 600, 708],
  ] as const)(
    "draws %s at weight %i as its static font did (R: %i units)",
    (family, weight, width) => {
      expect(advance(family, weight, "R")).toBeCloseTo(width, 0);
    },
  );

  it("finds a letter of the latin-ext subset", () => {
    expect(
      glyphOf(face({ family: "inter", weight: 400 }), "Ł".codePointAt(0) as number),
    ).toBeDefined();
  });
});

describe("glyphOf", () => {
  it("finds no glyph for a character no font of the card has (Linear B)", () => {
    expect(glyphOf(face({ family: "inter", weight: 400 }), 0x10000)).toBeUndefined();
  });

  it.each([
    ["א", "noto-sans-hebrew"],
    ["ع", "noto-sans-arabic"],
    ["塔", "noto-sans-jp"],
    ["🦄", "noto-emoji"],
  ])("finds %s, which neither family has, in %s at the face's weight", (char, family) => {
    const found = glyphOf(face({ family: "inter", weight: 700 }), char.codePointAt(0) as number);
    expect(found && fontKey(found.font)).toMatch(new RegExp(`^${family}-.+-700$`));
  });
});
