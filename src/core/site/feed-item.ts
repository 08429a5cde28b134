/**
 * A fact-check as a feed item: the verdict and the headline (or the quoted
 * claim) as its title, flagged « Corrigé » once corrected; the finding as its
 * description, after a line that says what the latest correction changed.
 */
import { leadText, verdictTitle } from "./headline.ts";
import type { ClaimSummary } from "./view-model.ts";

type Translate = (
  key: "feed.corrected" | "feed.verdictChanged",
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
 * changed the verdict), so that a reader of the feed sees what was corrected.
 */
export function feedDescription(
  claim: ClaimSummary,
  t: Translate,
  date: (iso: string) => string,
): string {
  const correction = claim.corrected;
  if (!correction) return claim.summary;
  const when = date(correction.date);
  const said = correction.previousVerdict
    ? t("feed.verdictChanged", {
        date: when,
        from: correction.previousVerdict.label,
        to: claim.verdict.label,
        note: correction.note,
      })
    : t("feed.corrected", { date: when, note: correction.note });
  return `${said}\n\n${claim.summary}`;
}
