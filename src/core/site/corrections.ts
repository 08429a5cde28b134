/**
 * Corrections as readers see them: on a fact-check, newest first, each
 * verdict change with the verdict it replaced and the one that followed; on
 * the corrections log, every correction of the site, newest first.
 */
import type { ClaimSummary, ClaimView, CorrectionView, VerdictView } from "./view-model.ts";

/** A correction with, when it changed the verdict, the verdicts before and after it. */
export interface CorrectionChange extends CorrectionView {
  /** The verdict this correction gave, when it changed the verdict. */
  nextVerdict: Pick<VerdictView, "key" | "label"> | undefined;
}

/**
 * The corrections of `claim`, newest first. A correction that records
 * `previousVerdict` changed the verdict to the one the next change replaced,
 * or to the verdict the fact-check has now.
 */
export function correctionChanges(claim: {
  corrections: readonly CorrectionView[];
  verdict: Pick<VerdictView, "key" | "label">;
}): CorrectionChange[] {
  const changes: CorrectionChange[] = [];
  let next: Pick<VerdictView, "key" | "label"> = claim.verdict;
  for (const correction of [...claim.corrections].reverse()) {
    changes.push({ ...correction, nextVerdict: correction.previousVerdict ? next : undefined });
    if (correction.previousVerdict) next = correction.previousVerdict;
  }
  return changes;
}

/** One line of the corrections log: a correction and the fact-check it corrected. */
export interface LoggedCorrection extends CorrectionChange {
  claim: ClaimSummary;
}

/** Every correction of `claims`, newest first; on one day, the fact-checks in the order given. */
export function correctionsLog(claims: readonly ClaimSummary[]): LoggedCorrection[] {
  const log = claims.flatMap((claim) =>
    correctionChanges(claim).map((change) => ({ ...change, claim })),
  );
  // A stable sort: one day's corrections keep the claims' order (newest fact-check first).
  return log.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}
