/**
 * An indexed-colour image: one byte per pixel, an index into a palette of a
 * few ramps (from a background to an ink, in 4 steps of coverage). Each row
 * starts with a filter byte (0, none), as a PNG's rows do.
 */

/**
 * Steps of coverage per ramp, both ends included: the paper, two greys, the
 * ink. Four keep text as smooth as sixteen did at full size (compared side by
 * side, three times enlarged, only the curves of small italics show a step)
 * and make a card about 8 % lighter than six did: the anti-aliased edges are
 * most of a card's bytes (no anti-aliasing at all would halve them). Three
 * were 9 % lighter again, but the curves of the finding showed their steps.
 * Three ramps that share the paper take 10 colours, a 4-bit PNG (png.ts).
 */
export const STEPS = 4;

/** A ramp: the palette index of its background; coverage c is drawn as base + c * (STEPS - 1) / 255. */
export type Ramp = number;

/** An image of `width` × `height` pixels whose rows are PNG scanlines. */
export interface IndexedImage {
  width: number;
  height: number;
  /** `height` rows of 1 filter byte then `width` palette indices. */
  data: Uint8Array;
  /** RGB triples, one per palette index. */
  palette: Array<[number, number, number]>;
}

/** A blank image (index 0 everywhere) with `palette`. */
export function createImage(
  width: number,
  height: number,
  palette: IndexedImage["palette"],
): IndexedImage {
  return { width, height, data: new Uint8Array((width + 1) * height), palette };
}

/** A palette of ramps, each from a background to an ink colour (`#rrggbb`). */
export function rampPalette(
  ramps: Array<[background: string, ink: string]>,
): IndexedImage["palette"] {
  const palette: IndexedImage["palette"] = [];
  for (const [background, ink] of ramps) {
    const from = rgb(background);
    const to = rgb(ink);
    for (let step = 0; step < STEPS; step++) {
      const mix = (i: number) =>
        Math.round(
          (from[i] as number) + (((to[i] as number) - (from[i] as number)) * step) / (STEPS - 1),
        );
      palette.push([mix(0), mix(1), mix(2)]);
    }
  }
  return palette;
}

/** Fills a rectangle with the palette index `index`. */
export function fillRect(
  image: IndexedImage,
  x: number,
  y: number,
  w: number,
  h: number,
  index: number,
): void {
  const stride = image.width + 1;
  const x0 = Math.max(0, x);
  const x1 = Math.min(image.width, x + w);
  for (let row = Math.max(0, y); row < Math.min(image.height, y + h); row++) {
    image.data.fill(index, row * stride + 1 + x0, row * stride + 1 + x1);
  }
}

/**
 * Draws a coverage mask (steps 0 to STEPS - 1) with its top-left corner at (x, y) in
 * `ramp`. Where two masks overlap (a kerned pair), the stronger coverage wins.
 */
export function drawMask(
  image: IndexedImage,
  mask: { coverage: Uint8Array; width: number; height: number },
  x: number,
  y: number,
  ramp: Ramp,
): void {
  const stride = image.width + 1;
  const { data } = image;
  const { coverage, width } = mask;
  const x0 = Math.max(0, -x);
  const x1 = Math.min(width, image.width - x);
  for (let my = Math.max(0, -y); my < Math.min(mask.height, image.height - y); my++) {
    const row = (y + my) * stride + 1 + x;
    const from = my * width;
    for (let mx = x0; mx < x1; mx++) {
      const step = coverage[from + mx] as number;
      if (step === 0) continue;
      const current = (data[row + mx] as number) - ramp;
      if (current < 0 || current >= STEPS || current < step) data[row + mx] = ramp + step;
    }
  }
}

function rgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
