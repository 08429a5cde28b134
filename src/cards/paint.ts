/**
 * What every card's drawing shares: its colours and faces, lines of text set
 * at a pen, paragraphs set as large as they fit, and the band of a card (its
 * colour, an icon, a label, the site's name), drawn once per thread and
 * copied by each card that shares it.
 */
import {
  createImage,
  drawMask,
  fillRect,
  type IndexedImage,
  rampPalette,
  STEPS,
} from "./canvas.ts";
import { CARD_SIZE } from "./card-data.ts";
import { type Face, face } from "./fonts.ts";
import { svgMask } from "./glyphs.ts";
import { type Line, wrap } from "./text.ts";

export const PAPER = "#ffffff";
export const INK = "#1a1a1a";
export const MUTED = "#5a5a5a";
/** Palette indices of the ramps' backgrounds (see rampPalette). */
export const ON_PAPER = 0;
export const MUTED_ON_PAPER = STEPS;
export const ON_BAND = 2 * STEPS;
export const MARGIN = 72;
export const BAND = 120;
/** The strip in the band's colour along the bottom edge. */
export const STRIP = 10;
/** Width of the text between the margins. */
export const MEASURE = CARD_SIZE.width - 2 * MARGIN;

/** The card's faces. */
export const fonts = {
  finding: () => face({ family: "source-serif-4", weight: 600 }),
  quote: () => face({ family: "source-serif-4", weight: 400, italic: true }),
  label: () => face({ family: "inter", weight: 700 }),
  meta: () => face({ family: "inter", weight: 400 }),
  kicker: () => face({ family: "inter", weight: 600 }),
};

/** Lines of a paragraph at the size it was set in. */
export interface Paragraph {
  size: number;
  lines: Line[];
  leading: number;
  fits: boolean;
}

/**
 * `text` in `face` at the first of `sizes` (largest first) whose lines fit
 * whole within `height` and at most `maxLines`; else at the last size, cut
 * with an ellipsis.
 */
export function paragraph(
  face: Face,
  text: string,
  sizes: readonly number[],
  height: number,
  leading: number,
  maxLines = Number.POSITIVE_INFINITY,
): Paragraph {
  let last: Paragraph = { size: 0, lines: [], leading: 0, fits: false };
  for (const size of sizes) {
    const step = Math.round(size * leading);
    const most = Math.max(1, Math.min(maxLines, Math.floor(height / step)));
    const { lines, fits } = wrap(face, text, size, MEASURE, most);
    last = { size, lines, leading: step, fits };
    if (fits) break;
  }
  return last;
}

/** Draws `paragraph` with its first baseline `top` + its ascent; returns the bottom of its last line. */
export function drawParagraph(
  image: IndexedImage,
  { size, lines, leading }: Paragraph,
  top: number,
  ramp: number,
): number {
  let baseline = top + Math.round(size * 0.95);
  for (const line of lines) {
    drawSet(image, line, MARGIN, baseline, ramp);
    baseline += leading;
  }
  return top + lines.length * leading;
}

/** Draws `text` on one line (cut with an ellipsis when it is wider than `width`). */
export function drawLine(
  image: IndexedImage,
  face: Face,
  text: string,
  size: number,
  x: number,
  baseline: number,
  ramp: number,
  width = CARD_SIZE.width - x - MARGIN,
): void {
  const [line] = wrap(face, text, size, width, 1).lines;
  if (line) drawSet(image, line, x, baseline, ramp, width);
}

/** Draws `line` with its pen at `x`, or against `x + width` when it reads right to left. */
export function drawSet(
  image: IndexedImage,
  line: Line,
  x: number,
  baseline: number,
  ramp: number,
  width = MEASURE,
): void {
  let pen = line.rtl ? x + width - line.width : x;
  for (const char of line.chars) {
    for (const glyph of char.glyphs) {
      const mask = glyph.mask();
      const left = pen + glyph.x + mask.left;
      const x = glyph.even ? 2 * Math.round(left / 2) : Math.round(left);
      drawMask(image, mask, x, Math.round(baseline - glyph.y) - mask.top, ramp);
    }
    pen += char.advance;
  }
}

const bands = new Map<string, IndexedImage>();

/**
 * A blank card with a band of `colour` along the top (with `icon`, an SVG
 * drawn in white, `label` and the site's name in the paper's colour) and a
 * strip along the bottom: kept per thread, the caller draws on a copy.
 */
export function banded(colour: string, label: string, site: string, icon?: string): IndexedImage {
  const key = JSON.stringify([colour, label, site, icon]);
  let background = bands.get(key);
  if (!background) {
    background = drawBand(colour, label, site, icon);
    bands.set(key, background);
  }
  return { ...background, data: background.data.slice() };
}

function drawBand(colour: string, label: string, site: string, icon?: string): IndexedImage {
  const palette = rampPalette([
    [PAPER, INK],
    [PAPER, MUTED],
    [colour, PAPER],
  ]);
  const image = createImage(CARD_SIZE.width, CARD_SIZE.height, palette);
  fillRect(image, 0, 0, CARD_SIZE.width, BAND, ON_BAND);
  fillRect(image, 0, CARD_SIZE.height - STRIP, CARD_SIZE.width, STRIP, ON_BAND);
  let x = MARGIN;
  if (icon) {
    drawMask(image, svgMask(icon, 64), MARGIN - 4, (BAND - 64) >> 1, ON_BAND);
    x += 84;
  }
  // The site's name against the right margin, at most a third of the band.
  const name = wrap(fonts.kicker(), site, 26, MEASURE / 3, 1).lines[0];
  const nameWidth = name ? name.width : 0;
  if (name)
    drawSet(image, { ...name, rtl: false }, CARD_SIZE.width - MARGIN - nameWidth, 70, ON_BAND);
  drawLine(
    image,
    fonts.label(),
    label,
    54,
    x,
    80,
    ON_BAND,
    CARD_SIZE.width - MARGIN - nameWidth - 32 - x,
  );
  return image;
}
