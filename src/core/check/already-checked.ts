/**
 * Who already checked it, as an editor reads it: the closest fact-checks of
 * this site and of its partners to a new claim (`npm run new`), and the
 * check's notes on claims that look like another fact-check. A likely
 * duplicate is a note, never an error: two fact-checks of one claim can both
 * be right (another date, another claimant, a partner's own reading).
 */

import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import { Rule } from "../diagnostics/rules.ts";
import {
  type Closeness,
  ClosestClaims,
  type FactCheck,
  LIKELY_DUPLICATE,
} from "./closest-claims.ts";
import type { OwnFactCheck } from "./own-fact-checks.ts";

/** How many of the newest fact-checks the check compares with the others: a pull request's new claims are among them. */
export const NEWEST_COMPARED = 100;

/** Two lines of the list: closeness, verdict and the claim; then whose, when and where. */
function describe({ factCheck, similarity }: Closeness): string[] {
  // Rounded down: a match shown at 35% is one marked as a likely duplicate.
  const percent = `${Math.floor(similarity * 100)}%`.padStart(4);
  const duplicate = similarity >= LIKELY_DUPLICATE ? "  (likely duplicate)" : "";
  return [
    `  ${percent}  ${factCheck.verdict}: “${factCheck.claim}”${duplicate}`,
    `         ${factCheck.site}, ${factCheck.published}, ${factCheck.url}`,
  ];
}

/** The lines `npm run new` prints for `claim`: the closest fact-checks, closest first, or that there are none. */
export function alreadyCheckedReport(claim: string, factChecks: readonly FactCheck[]): string[] {
  const found = new ClosestClaims(factChecks).closest(claim);
  if (found.length === 0)
    return ["No fact-check of this site or of its partners is close to this claim."];
  return [
    "Already checked? The closest fact-checks of this site and of its partners:",
    ...found.flatMap(describe),
  ];
}

/** A likely duplicate: the fact-check that gets the note, and what the note says. */
export interface DuplicateNote {
  factCheck: OwnFactCheck;
  reason: string;
  /** The other fact-check's address. */
  hint: string;
}

/**
 * Each of the newest {@link NEWEST_COMPARED} fact-checks that is close to
 * another of this site or of a partner, with the note it gets: found before
 * its place in the file is known, so that the file need not be parsed again
 * for a fact-check that gets no note.
 */
export function likelyDuplicates(
  own: readonly OwnFactCheck[],
  partners: readonly FactCheck[],
): DuplicateNote[] {
  const index = new ClosestClaims([...own, ...partners]);
  const newest = [...own]
    .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id))
    .slice(0, NEWEST_COMPARED);
  return newest.flatMap((factCheck) => {
    // Of two close fact-checks of this site, the later one gets the note: it is the one to reconsider.
    const earlier = (other: FactCheck) =>
      other.site !== factCheck.site ||
      other.published < factCheck.published ||
      (other.published === factCheck.published && (other.id ?? "") < factCheck.id);
    const closest = index
      .closest(factCheck.claim, { minimum: LIKELY_DUPLICATE, except: factCheck })
      .find((match) => earlier(match.factCheck));
    if (!closest) return [];
    const other = closest.factCheck;
    const said = [other.verdict, other.published].filter((part) => part !== "").join(", ");
    const whose =
      other.id !== undefined && other.site === factCheck.site
        ? `this site's ${other.id}`
        : `${other.site}'s`;
    return [
      {
        factCheck,
        reason: `This claim is close to ${whose} fact-check “${other.claim}” (${said}). If it is the same claim, link to it or update it rather than check it twice.`,
        hint: other.url,
      },
    ];
  });
}

/** The notes of `found`, each on the line and column `place` gives for its claim's `claim` field. */
export function notesAt(
  found: readonly DuplicateNote[],
  place: (factCheck: OwnFactCheck) => { line: number; column: number },
): Diagnostic[] {
  return found.map(({ factCheck, reason, hint }) => {
    const { line, column } = place(factCheck);
    return diagnostic({
      file: factCheck.file,
      line,
      column,
      rule: Rule.likelyDuplicate,
      reason,
      hint,
    });
  });
}

/**
 * A note on each of the newest {@link NEWEST_COMPARED} fact-checks that is
 * close to another of this site or of a partner, on its `claim` line (which
 * `place` finds: only for the few noted, since it means parsing the file's YAML).
 */
export function duplicateNotes(
  own: readonly OwnFactCheck[],
  partners: readonly FactCheck[],
  place: (factCheck: OwnFactCheck) => { line: number; column: number },
): Diagnostic[] {
  return notesAt(likelyDuplicates(own, partners), place);
}
