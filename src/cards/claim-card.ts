/**
 * What the share card of a fact-check shows, from its view and the site's
 * settings: a card of its own (`shareCards: claim`), the card of its verdict
 * (`shareCards: verdict`), or none (`shareCards: off`).
 */
import type { ShareCardMode } from "../core/schema/settings.ts";
import { claimHeadline } from "../core/site/headline.ts";
import type { ClaimView, VerdictView } from "../core/site/view-model.ts";
import { formatDate, translator, type UiLang } from "../i18n/index.ts";
import type { CardData, SiteCardData } from "./card-data.ts";

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
    summary: claim.summary,
    kicker: claim.verbatim ? undefined : t("claim.paraphrase"),
    byline,
    site: site.name,
    verdictOnly: { kicker: t("card.verdictKicker"), text: claim.verdict.description },
  };
}

/** The home page's card: the site's name, what it does, who publishes it. */
export function siteCard(
  site: CardSite & { description: string; publisher: string },
): SiteCardData {
  const publisher = translator(site.lang)("card.publishedBy", { publisher: site.publisher });
  return { kind: "site", id: "site", site: site.name, description: site.description, publisher };
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
