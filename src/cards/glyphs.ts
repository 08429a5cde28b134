/**
 * Glyphs as coverage masks, rasterised once per thread with resvg and kept:
 * a card then only copies masks, which is what makes ten thousand cards cheap.
 * A glyph's pen position is rounded to the whole pixel; at the card's sizes
 * the difference does not show.
 */
import { Resvg } from "@resvg/resvg-js";
import type { Font, Glyph } from "fontkit";
import { STEPS } from "./canvas.ts";
import { fontKey } from "./fonts.ts";

/** A rasterised glyph, placed relative to the pen on the baseline. */
export interface Mask {
  /** Coverage in steps of a ramp, 0 (none) to STEPS - 1 (full), row by row. */
  coverage: Uint8Array;
  width: number;
  height: number;
  /** From the pen to the mask's left edge, in pixels. */
  left: number;
  /** From the baseline up to the mask's top edge, in pixels. */
  top: number;
}

const masks = new Map<string, Mask | null>();
/** A glyph's outline and an icon have no text: resvg need not read the system's fonts for each. */
const NO_FONTS = { font: { loadSystemFonts: false } };

/** The mask of `glyph` of `font` at `size` pixels per em, or null for a glyph that draws nothing (a space). */
export function glyphMask(font: Font, glyph: Glyph, size: number): Mask | null {
  const key = `${fontKey(font)}-${glyph.id}-${size}`;
  const known = masks.get(key);
  if (known !== undefined) return known;
  const scale = size / font.unitsPerEm;
  const { minX, minY, maxX, maxY } = glyph.bbox;
  let mask: Mask | null = null;
  if (maxX > minX && maxY > minY) {
    const left = Math.floor(minX * scale) - 1;
    const top = Math.ceil(maxY * scale) + 1;
    const width = Math.ceil(maxX * scale) + 1 - left;
    const height = top - (Math.floor(minY * scale) - 1);
    mask = {
      coverage: rasterise(glyph.path.toSVG(), scale, left, top, width, height),
      width,
      height,
      left,
      top,
    };
  }
  masks.set(key, mask);
  return mask;
}

/** Draws an SVG (white on transparent) at `size` × `size` pixels as a coverage mask. */
export function svgMask(svg: string, size: number): Mask {
  const key = `svg-${size}-${svg}`;
  const known = masks.get(key);
  if (known) return known;
  const pixels = new Resvg(svg, { ...NO_FONTS, fitTo: { mode: "width", value: size } }).render()
    .pixels;
  const mask = { coverage: coverageOf(pixels), width: size, height: size, left: 0, top: size };
  masks.set(key, mask);
  return mask;
}

function rasterise(
  path: string,
  scale: number,
  left: number,
  top: number,
  width: number,
  height: number,
) {
  // Font units go up from the baseline; the image's rows go down from its top.
  const transform = `translate(${-left} ${top}) scale(${scale} ${-scale})`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path transform="${transform}" d="${path}" fill="#fff"/></svg>`;
  return coverageOf(new Resvg(svg, NO_FONTS).render().pixels);
}

/** The alpha channel of RGBA pixels, in the ramps' steps: done once per glyph, not per card. */
function coverageOf(rgba: Buffer): Uint8Array {
  const coverage = new Uint8Array(rgba.length / 4);
  for (let i = 0; i < coverage.length; i++)
    coverage[i] = Math.round(((rgba[i * 4 + 3] as number) * (STEPS - 1)) / 255);
  return coverage;
}
