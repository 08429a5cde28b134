/**
 * A fact-check as a feed item: the verdict and the headline (or the quoted
 * claim) as its title, flagged « Corrigé » once corrected; the finding as its
 * description, after a line that says what the latest correction changed, and
 * before what was claimed, quoted when verbatim, and by whom.
 */
import { claimHeadline, leadText, verdictTitle } from "./headline.ts";
import type { ClaimSummary } from "./view-model.ts";

type Translate = (
  key: "feed.corrected" | "feed.verdictChanged" | "feed.claimed" | "feed.claimedBy",
  values: Record<string, string>,
) => string;

/** The item's title: « Faux : … », « [Corrigé] Faux : … » once corrected. */
export function feedTitle(claim: ClaimSummary, corrected: string): string {
  const title = verdictTitle(claim.verdict.label, leadText(claim), claim.lang);
  return claim.corrected ? `[${corrected}] ${title}` : title;
}

/**
 * The item's description: the finding, after the latest correction when
 * there is one (« Verdict modifié le … : Plutôt vrai → Faux. … » when it
 * changed the verdict), so that a reader of the feed sees what was corrected;
 * then what was claimed and by whom (« Ce qui est affirmé (Jeanne Martin) :
 * « … » »), so that a quote is never read as the site's own words.
 */
export function feedDescription(
  claim: ClaimSummary,
  t: Translate,
  date: (iso: string) => string,
): string {
  const said = claim.claimant
    ? t("feed.claimedBy", { claimant: claim.claimant.label, claim: quoted(claim) })
    : t("feed.claimed", { claim: quoted(claim) });
  const correction = claim.corrected && correctionLine(claim.corrected, claim, t, date);
  return [correction, claim.summary, said].filter(Boolean).join("\n\n");
}

/** The claim as the feed quotes it: between the marks of its language when verbatim. */
function quoted(claim: ClaimSummary): string {
  return claimHeadline(claim.claim, claim.verbatim, claim.lang);
}

/** What the latest correction changed. */
function correctionLine(
  correction: NonNullable<ClaimSummary["corrected"]>,
  claim: ClaimSummary,
  t: Translate,
  date: (iso: string) => string,
): string {
  const when = date(correction.date);
  return correction.previousVerdict
    ? t("feed.verdictChanged", {
        date: when,
        from: correction.previousVerdict.label,
        to: claim.verdict.label,
        note: correction.note,
      })
    : t("feed.corrected", { date: when, note: correction.note });
}
