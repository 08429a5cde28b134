import { describe, expect, it } from "vitest";
import { STEPS } from "../canvas.ts";
import { face, glyphOf } from "../fonts.ts";
import { glyphMask, svgMask } from "../glyphs.ts";

const serif = face({ family: "source-serif-4", weight: 600 });

/** The distinct coverage steps of a mask. */
function steps(coverage: Uint8Array): number[] {
  return [...new Set(coverage)].sort((a, b) => a - b);
}

describe("glyphMask", () => {
  it("draws a letter's edges in every step of coverage between none and full, and in no other", () => {
    const found = glyphOf(serif, "O".codePointAt(0) as number);
    const mask = found && glyphMask(found.font, found.glyph, 64);
    expect(steps(mask?.coverage ?? new Uint8Array())).toEqual(
      Array.from({ length: STEPS }, (_, step) => step),
    );
  });

  it("gives a space no mask", () => {
    const found = glyphOf(serif, 0x20);
    expect(found && glyphMask(found.font, found.glyph, 64)).toBeNull();
  });
});

describe("svgMask", () => {
  it("draws a shape as full coverage inside and none outside", () => {
    const square =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect x="2" y="2" width="6" height="6" fill="#fff"/></svg>';
    const mask = svgMask(square, 10);
    expect(mask.coverage[5 * 10 + 5]).toBe(STEPS - 1);
    expect(mask.coverage[0]).toBe(0);
  });
});
