import { describe, expect, it } from "vitest";
import { face, glyphOf } from "../fonts.ts";

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
  it("finds no glyph for a character neither subset has", () => {
    expect(glyphOf(face({ family: "inter", weight: 400 }), 0x1f984)).toBeUndefined();
  });
});
