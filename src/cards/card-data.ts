/**
 * What a share card shows, and the hash of it that names the card's file: a
 * card is drawn again only when something it shows changes (or its design,
 * through DESIGN_VERSION).
 */
import { createHash } from "node:crypto";
import type { VerdictIcon } from "../core/schema/settings.ts";

/** Bump when the drawing changes, so that every cached card is drawn again. */
export const DESIGN_VERSION = 7;

/** Everything a card shows, already in the site's language. */
export interface CardData {
  /** The claim's id: the card's file is `cards/<id>-<hash>.png`. */
  id: string;
  verdict: { key: string; label: string; color: string; icon: VerdictIcon };
  /** The claim as the headline shows it: in quote marks when verbatim. */
  claim: string;
  /**
   * The finding (the claim's summary): the card's largest text, the claim
   * under it, smaller. Without it (a verdict's card), `claim` is the largest text.
   */
  summary?: string | undefined;
  /**
   * What the card shows instead when no font has a character of the claim,
   * the finding or the byline: the verdict's card (« Notre verdict » and what it means).
   */
  verdictOnly?: { kicker: string; text: string } | undefined;
  /** A label above a paraphrased claim, such as « Ce qui est affirmé ». */
  kicker: string | undefined;
  /** Who made the claim and when, such as ["Message viral", "12 mars 2026"]; either may be missing. */
  byline: string[];
  /** The site's name. */
  site: string;
}

/** The card of the home page: the site's name, what it does and who publishes it. */
export interface SiteCardData {
  kind: "site";
  id: "site";
  site: string;
  description: string;
  /** « Publié par Le Journal », in the site's language. */
  publisher: string;
}

/** A card the build draws: a claim's, a verdict's or the site's. */
export type AnyCard = CardData | SiteCardData;

/** Whether `card` is the home page's card. */
export function isSiteCard(card: AnyCard): card is SiteCardData {
  return "kind" in card && card.kind === "site";
}

/** The first 16 hex digits of the SHA-256 of what `card` shows. */
export function cardHash(card: AnyCard): string {
  const { id: _id, ...shown } = card;
  return createHash("sha256")
    .update(JSON.stringify([DESIGN_VERSION, shown]))
    .digest("hex")
    .slice(0, 16);
}

/** The folder of the built site that holds the cards. */
export const CARD_FOLDER = "cards";

/** The home page's card in the built site: one address, that the home page's `og:image` names. */
export const SITE_CARD_PATH = `${CARD_FOLDER}/site.png`;

/**
 * The card's path in the built site, relative to its root: `cards/<id>-<hash>.png`
 * (the site's card: {@link SITE_CARD_PATH}); `hash` is {@link cardHash} of
 * the card, when the caller has it already.
 */
export function cardPath(card: AnyCard, hash = cardHash(card)): string {
  return isSiteCard(card) ? SITE_CARD_PATH : `${CARD_FOLDER}/${card.id}-${hash}.png`;
}

/** A card's width and height in pixels: the 1.91:1 of Open Graph images. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;
