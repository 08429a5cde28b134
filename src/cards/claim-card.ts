/**
 * What the share card of a fact-check shows, from its view and the site's
 * settings: a card of its own (`shareCards: claim`), the card of its verdict
 * (`shareCards: verdict`), or none (`shareCards: off`).
 */
import type { ShareCardMode } from "../core/schema/settings.ts";
import { claimHeadline } from "../core/site/headline.ts";
import type { ClaimView, VerdictView } from "../core/site/view-model.ts";
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

/**
 * The card every claim of `verdict` shares: the verdict and what it means, the
 * site's name. Its file is `cards/verdict-<key>-<hash>.png` (a site draws
 * either claims' cards or verdicts' cards, never both).
 */
export function verdictCard(verdict: VerdictView, site: CardSite): CardData {
  const { key, label, color, icon } = verdict;
  return {
    id: `verdict-${key}`,
    verdict: { key, label, color, icon },
    claim: verdict.description,
    kicker: translator(site.lang)("card.verdictKicker"),
    byline: [],
    site: site.name,
  };
}

/** The card a claim's link preview shows under `mode`, or none. */
export function shareCard(
  claim: ClaimView,
  site: CardSite,
  mode: ShareCardMode,
): CardData | undefined {
  if (mode === "off") return undefined;
  return mode === "verdict" ? verdictCard(claim.verdict, site) : claimCard(claim, site);
}
