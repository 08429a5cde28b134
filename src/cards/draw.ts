/**
 * The share card's design, 1200 × 630: a band in the verdict's colour with
 * its icon and label, the claim in a serif as large as it fits, who made it
 * and when, and the site's name. What every card of a verdict shares (the
 * band, the rule, the site's name) is drawn once per thread; a card copies it
 * and sets its own text.
 */
import { verdictIconSvg } from "../core/site/verdict-icons.ts";
import {
  createImage,
  drawMask,
  fillRect,
  type IndexedImage,
  rampPalette,
  STEPS,
} from "./canvas.ts";
import { CARD_SIZE, type CardData } from "./card-data.ts";
import { type Face, face } from "./fonts.ts";
import { svgMask } from "./glyphs.ts";
import { type Line, setText, widthOf, wrap } from "./text.ts";

const PAPER = "#ffffff";
const INK = "#1a1a1a";
const MUTED = "#5a5a5a";
/** Palette indices of the ramps' backgrounds (see rampPalette). */
const ON_PAPER = 0;
const MUTED_ON_PAPER = STEPS;
const ON_VERDICT = 2 * STEPS;
/** The rule above the byline: a fifth of the ink on the paper (#d1d1d1). */
const RULE = ON_PAPER + 1;
const MARGIN = 72;
const BAND = 136;
const FOOTER_RULE = 520;
const BASELINE = 580;
/** The size of the byline and the site's name. */
const FOOTER_SIZE = 26;
/** Space kept between the band, the text and the rule. */
const PADDING = 44;
const KICKER_HEIGHT = 56;
/** Line height of the claim, in ems. */
const LEADING = 1.2;
/** Claim sizes tried in turn, largest first: the first that fits whole is used. */
const CLAIM_SIZES = [64, 56, 50, 44] as const;

const fonts = {
  claim: () => face({ family: "source-serif-4", weight: 600 }),
  label: () => face({ family: "inter", weight: 700 }),
  meta: () => face({ family: "inter", weight: 400 }),
  kicker: () => face({ family: "inter", weight: 600 }),
};

const backgrounds = new Map<string, IndexedImage>();

/** The card of `card` as an indexed image. */
export function drawCard(card: CardData): IndexedImage {
  const background = backgroundOf(card);
  const image = { ...background, data: background.data.slice() };
  const kicker = card.kicker ? KICKER_HEIGHT : 0;
  const { size, lines } = claimLines(card.claim, FOOTER_RULE - BAND - 2 * PADDING - kicker);
  const leading = Math.round(size * LEADING);
  // The kicker and the claim stand in the middle of the space between the band and the rule.
  const block = kicker + lines.length * leading;
  let top = BAND + PADDING + Math.max(0, (FOOTER_RULE - BAND - 2 * PADDING - block) >> 1);
  if (card.kicker) {
    drawLine(image, fonts.kicker(), card.kicker, 26, MARGIN, top + 26, MUTED_ON_PAPER);
    top += kicker;
  }
  let baseline = top + Math.round(size * 0.95);
  for (const line of lines) {
    drawSet(image, line, MARGIN, baseline, ON_PAPER);
    baseline += leading;
  }
  const room =
    CARD_SIZE.width - 2 * MARGIN - widthOf(setText(fonts.label(), card.site, FOOTER_SIZE)) - 40;
  drawByline(image, card.byline, room);
  return image;
}

/** « Who · when » on one line; when it is too long, who is shortened and when is kept whole. */
function drawByline(image: IndexedImage, parts: readonly string[], room: number): void {
  const [who, ...rest] = parts;
  if (who === undefined) return;
  const tail = setText(fonts.meta(), rest.map((part) => ` · ${part}`).join(""), FOOTER_SIZE);
  const head = wrap(fonts.meta(), who, FOOTER_SIZE, room - widthOf(tail), 1).lines[0];
  if (!head) return;
  drawSet(image, { chars: [...head.chars, ...tail], width: 0 }, MARGIN, BASELINE, MUTED_ON_PAPER);
}

function claimLines(claim: string, height: number): { size: number; lines: Line[] } {
  const width = CARD_SIZE.width - 2 * MARGIN;
  let last: { size: number; lines: Line[] } = { size: 0, lines: [] };
  for (const size of CLAIM_SIZES) {
    const maxLines = Math.max(1, Math.floor(height / Math.round(size * LEADING)));
    const { lines, fits } = wrap(fonts.claim(), claim, size, width, maxLines);
    last = { size, lines };
    if (fits) break;
  }
  return last;
}

function backgroundOf({ verdict, site }: CardData): IndexedImage {
  const key = JSON.stringify([verdict, site]);
  const known = backgrounds.get(key);
  if (known) return known;
  const palette = rampPalette([
    [PAPER, INK],
    [PAPER, MUTED],
    [verdict.color, PAPER],
  ]);
  const image = createImage(CARD_SIZE.width, CARD_SIZE.height, palette);
  fillRect(image, 0, 0, CARD_SIZE.width, BAND, ON_VERDICT);
  fillRect(image, 0, CARD_SIZE.height - 12, CARD_SIZE.width, 12, ON_VERDICT);
  fillRect(image, MARGIN, FOOTER_RULE, CARD_SIZE.width - 2 * MARGIN, 2, RULE);
  const icon = svgMask(verdictIconSvg(verdict.icon, 72, PAPER), 72);
  drawMask(image, icon, MARGIN - 4, (BAND - 72) >> 1, ON_VERDICT);
  drawLine(
    image,
    fonts.label(),
    verdict.label.toLocaleUpperCase(),
    60,
    MARGIN + 92,
    90,
    ON_VERDICT,
  );
  const name = setText(fonts.label(), site, FOOTER_SIZE);
  drawSet(
    image,
    { chars: name, width: widthOf(name) },
    CARD_SIZE.width - MARGIN - widthOf(name),
    BASELINE,
    ON_PAPER,
  );
  backgrounds.set(key, image);
  return image;
}

function drawLine(
  image: IndexedImage,
  face: Face,
  text: string,
  size: number,
  x: number,
  baseline: number,
  ramp: number,
) {
  const [line] = wrap(face, text, size, CARD_SIZE.width - x - MARGIN, 1).lines;
  if (line) drawSet(image, line, x, baseline, ramp);
}

function drawSet(image: IndexedImage, line: Line, x: number, baseline: number, ramp: number): void {
  let pen = x;
  for (const char of line.chars) {
    if (char.mask)
      drawMask(image, char.mask, Math.round(pen) + char.mask.left, baseline - char.mask.top, ramp);
    pen += char.advance;
  }
}
