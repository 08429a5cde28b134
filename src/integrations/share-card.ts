/**
 * A fact-check's share card as its page and the card step both use it, built
 * once with the claim's view (site-state.ts): what the card shows, the file it
 * is drawn into, and its text alternative for link previews.
 */
import { CARD_SIZE, type CardData, cardPath } from "../cards/card-data.ts";
import { shareCard } from "../cards/claim-card.ts";
import type { ShareCardMode } from "../core/schema/settings.ts";
import { claimHeadline, verdictTitle } from "../core/site/headline.ts";
import type { ClaimView } from "../core/site/view-model.ts";
import { type UiLang, withColon } from "../i18n/index.ts";

/** A claim's share card: plain data, as a page's props must be. */
export interface ShareCard {
  /** What the card shows (drawn by src/cards/). */
  data: CardData;
  /** Its path in the built site, relative to the root: `cards/<id>-<hash>.png`. */
  path: string;
  width: number;
  height: number;
  /** What a link preview says of the image. */
  alt: string;
}

/** The card of `claim` under `mode` on the site named `name`, or none. */
export function claimShareCard(
  claim: ClaimView,
  site: { name: string; lang: UiLang },
  mode: ShareCardMode,
): ShareCard | undefined {
  const data = shareCard(claim, site, mode);
  if (!data) return undefined;
  const title = verdictTitle(
    claim.verdict.label,
    claimHeadline(claim.claim, claim.verbatim, claim.lang),
    claim.lang,
  );
  const alt =
    mode === "verdict"
      ? `${withColon(claim.verdict.label, site.lang)} ${claim.verdict.description} (${site.name})`
      : `${title} (${claim.claimant ? `${claim.claimant.label}, ` : ""}${site.name})`;
  return { data, path: cardPath(data), ...CARD_SIZE, alt };
}
