/**
 * The home page's card, 1200 × 630, for its `og:image`: a band in ink with
 * the site's name, what the site does as the largest text, and who publishes
 * it. It names no claim, so a link to the home page never shows a false one.
 */
import type { IndexedImage } from "./canvas.ts";
import { CARD_SIZE, type SiteCardData } from "./card-data.ts";
import {
  BAND,
  banded,
  drawLine,
  drawParagraph,
  fonts,
  INK,
  MARGIN,
  MUTED_ON_PAPER,
  ON_PAPER,
  paragraph,
  STRIP,
} from "./paint.ts";

const TOP = BAND + 48;
const BOTTOM = CARD_SIZE.height - STRIP - 110;

/** The site's card as an indexed image. */
export function drawSiteCard(card: SiteCardData): IndexedImage {
  // The band holds the site's name in large, and nothing at its right.
  const image = banded(INK, card.site, "");
  const text = paragraph(
    fonts.finding(),
    card.description,
    [60, 54, 48, 42],
    BOTTOM - TOP,
    1.18,
    4,
  );
  const height = text.lines.length * text.leading;
  drawParagraph(image, text, TOP + Math.max(0, (BOTTOM - TOP - height) >> 1), ON_PAPER);
  drawLine(
    image,
    fonts.kicker(),
    card.publisher,
    28,
    MARGIN,
    CARD_SIZE.height - STRIP - 52,
    MUTED_ON_PAPER,
  );
  return image;
}
