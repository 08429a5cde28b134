/**
 * The share card's design, 1200 × 630. A claim's card: a band in the
 * verdict's colour with its icon, its label and the site's name; the finding
 * (the claim's summary) as the largest text; under it, smaller, the claim
 * (quoted when it is the claimant's words, under « Ce qui est affirmé » when
 * it is a paraphrase) and who made it and when. Read as a thumbnail, the
 * verdict and the finding come first and the false sentence last. A
 * verdict's card (no finding) shows what the verdict means in the finding's
 * place; so does a claim's card whose text no font can draw
 * (missingOnCard says which, for the build's warning).
 */
import { verdictIconSvg } from "../core/site/verdict-icons.ts";
import { fillRect, type IndexedImage } from "./canvas.ts";
import { type AnyCard, CARD_SIZE, type CardData, isSiteCard } from "./card-data.ts";
import {
  BAND,
  banded,
  drawLine,
  drawParagraph,
  drawSet,
  fonts,
  MARGIN,
  MEASURE,
  MUTED_ON_PAPER,
  ON_BAND,
  ON_PAPER,
  PAPER,
  type Paragraph,
  paragraph,
  STRIP,
} from "./paint.ts";
import { drawSiteCard } from "./site-card.ts";
import { missingCharacters, setText, widthOf, wrap } from "./text.ts";

/** Where the text stands: between the band and the strip, with this much room on each side. */
const TOP = BAND + 40;
const BOTTOM = CARD_SIZE.height - STRIP - 36;
/** Sizes of the finding, largest first: the first at which it fits whole is used. */
const FINDING_SIZES = [58, 52, 46, 42, 38] as const;
const CLAIM_SIZE = 30;
const META_SIZE = 24;
/** Between the finding and the claim's block: room for the short rule that opens it. */
const GAP = 44;
/** Sizes of a verdict card's text (no finding): what the verdict means. */
const VERDICT_SIZES = [64, 56, 50, 44] as const;

/** The card of `card` as an indexed image. */
export function drawCard(card: AnyCard): IndexedImage {
  if (isSiteCard(card)) return drawSiteCard(card);
  if (card.summary === undefined) return drawVerdictCard(card);
  if (missingOnCard(card).length > 0) {
    const { kicker, text } = card.verdictOnly ?? { kicker: undefined, text: "" };
    return drawVerdictCard({ ...card, kicker, claim: text, byline: [] });
  }
  return drawFindingCard(card as CardData & { summary: string });
}

/** The characters of a claim's card that no font has: when there are any, the card shows its verdict only. */
export function missingOnCard(card: CardData): string[] {
  if (card.summary === undefined) return [];
  const missing = new Set([
    ...missingCharacters(fonts.finding(), card.summary),
    ...missingCharacters(fonts.quote(), card.claim),
    ...missingCharacters(fonts.meta(), card.byline.join(" ")),
  ]);
  return [...missing];
}

/**
 * How a claim's card sets its finding and its claim: the finding as large as
 * it fits whole, the claim in two lines, or one when the finding needs the room.
 */
export function findingLayout(card: CardData): {
  finding: Paragraph;
  claim: Paragraph;
} {
  const kicker = card.kicker ? 34 : 0;
  const attribution = card.byline.length > 0 ? 36 : 0;
  let layout: { finding: Paragraph; claim: Paragraph } | undefined;
  for (const claimLines of [2, 1]) {
    const claim = paragraph(fonts.quote(), card.claim, [CLAIM_SIZE], Infinity, 1.25, claimLines);
    const room = BOTTOM - TOP - GAP - kicker - claim.lines.length * claim.leading - attribution;
    const summary = card.summary ?? "";
    layout = { finding: paragraph(fonts.finding(), summary, FINDING_SIZES, room, 1.15), claim };
    if (layout.finding.fits) break;
  }
  return layout as { finding: Paragraph; claim: Paragraph };
}

function drawFindingCard(card: CardData & { summary: string }): IndexedImage {
  const image = background(card);
  const kicker = card.kicker ? 34 : 0;
  const attribution = card.byline.length > 0 ? 36 : 0;
  const { finding, claim } = findingLayout(card);
  const block = kicker + claim.lines.length * claim.leading + attribution;
  const height = finding.lines.length * finding.leading + GAP + block;
  // The whole stands in the middle of the room between the band and the strip.
  let top = TOP + Math.max(0, (BOTTOM - TOP - height) >> 1);
  top = drawParagraph(image, finding, top, ON_PAPER) + GAP;
  // The short rule that opens the claim's block stands on the side its first line starts from.
  const ruleX = claim.lines[0]?.rtl ? CARD_SIZE.width - MARGIN - 56 : MARGIN;
  fillRect(image, ruleX, top - 22, 56, 4, ON_BAND);
  if (card.kicker) {
    drawLine(image, fonts.kicker(), card.kicker, 22, MARGIN, top + 22, MUTED_ON_PAPER);
    top += kicker;
  }
  top = drawParagraph(image, claim, top, MUTED_ON_PAPER);
  drawByline(image, card, top + 28);
  return image;
}

/** The card of a verdict: what it means as the largest text, under its kicker. */
function drawVerdictCard(card: CardData): IndexedImage {
  const image = background(card);
  const kicker = card.kicker ? 56 : 0;
  const attribution = card.byline.length > 0 ? 48 : 0;
  const room = BOTTOM - TOP - kicker - attribution;
  const text = paragraph(fonts.finding(), card.claim, VERDICT_SIZES, room, 1.2);
  const height = kicker + text.lines.length * text.leading + attribution;
  let top = TOP + Math.max(0, (BOTTOM - TOP - height) >> 1);
  if (card.kicker) {
    drawLine(image, fonts.kicker(), card.kicker, 26, MARGIN, top + 26, MUTED_ON_PAPER);
    top += kicker;
  }
  top = drawParagraph(image, text, top, ON_PAPER);
  drawByline(image, card, top + 36);
  return image;
}

/**
 * « — Jérôme Durain, 22 novembre 2025 » under a quoted claim, « Message viral
 * · 22 novembre 2025 » under a paraphrase, on one line: who is shortened, when
 * is kept whole.
 */
function drawByline(image: IndexedImage, card: CardData, baseline: number): void {
  const [who, ...rest] = card.byline;
  if (who === undefined) return;
  const quoted = card.kicker === undefined;
  const face = fonts.meta();
  // A no-break space before the dot: a line set alone drops the spaces it starts with.
  const tail = rest.map((part) => (quoted ? `, ${part}` : `\u00a0· ${part}`)).join("");
  const whole = `${quoted ? "— " : ""}${who}${tail}`;
  if (wrap(face, whole, META_SIZE, MEASURE, 1).fits) {
    drawLine(image, face, whole, META_SIZE, MARGIN, baseline, MUTED_ON_PAPER);
    return;
  }
  const tailWidth = widthOf(setText(face, tail, META_SIZE));
  const [head] = wrap(face, `${quoted ? "— " : ""}${who}`, META_SIZE, MEASURE - tailWidth, 1).lines;
  if (!head) return;
  drawSet(image, head, MARGIN, baseline, MUTED_ON_PAPER, head.width);
  drawLine(image, face, tail, META_SIZE, MARGIN + head.width, baseline, MUTED_ON_PAPER);
}

function background({ verdict, site }: CardData): IndexedImage {
  return banded(
    verdict.color,
    verdict.label.toLocaleUpperCase(),
    site,
    verdictIconSvg(verdict.icon, 64, PAPER),
  );
}
