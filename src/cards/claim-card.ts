/** What the share card of a fact-check shows, from its view and the site's settings. */
import { claimHeadline } from "../core/site/headline.ts";
import type { ClaimView } from "../core/site/view-model.ts";
import { formatDate, translator, type UiLang } from "../i18n/index.ts";
import type { CardData } from "./card-data.ts";

/** The site's settings a card shows. */
export interface CardSite {
  name: string;
  lang: UiLang;
}

/** The card of `claim`: its verdict, its headline, who made it and when, the site's name. */
export function claimCard(claim: ClaimView, site: CardSite): CardData {
  const t = translator(site.lang);
  const { key, label, color, icon } = claim.verdict;
  const byline = [
    claim.claimant?.label,
    claim.claimDate && formatDate(claim.claimDate, site.lang),
  ].filter((part): part is string => Boolean(part));
  return {
    id: claim.id,
    verdict: { key, label, color, icon },
    claim: claimHeadline(claim.claim, claim.verbatim, claim.lang),
    kicker: claim.verbatim ? undefined : t("claim.paraphrase"),
    byline,
    site: site.name,
  };
}
