/**
 * Which listing pages a site has. A listing of nothing is neither built nor
 * linked: a new site with no fact-check yet has a home page that says so, not
 * empty pages of verdicts, topics, claimants and sources. Worked out once,
 * where the content is loaded, so that the threads rendering the pages never
 * go through every fact-check for it.
 */
import type { ClaimSummary } from "./view-model.ts";

/** The listings a site has. */
export interface Listed {
  /** The keys of the verdicts that at least one fact-check carries: each has its page. */
  verdicts: string[];
  /** Whether a fact-check has a topic (the topics' index). */
  tags: boolean;
  /** Whether a fact-check names its claimant (the claimants' index). */
  claimants: boolean;
  /** Whether the site has an archived source (the sources' listing). */
  sources: boolean;
}

/** The listings of a site of `claims` and `sources`. */
export function listedOf(
  claims: readonly Pick<ClaimSummary, "verdict" | "tags" | "claimant">[],
  sources: readonly unknown[],
): Listed {
  return {
    verdicts: [...new Set(claims.map((claim) => claim.verdict.key))],
    tags: claims.some((claim) => claim.tags.length > 0),
    claimants: claims.some((claim) => claim.claimant !== undefined),
    sources: sources.length > 0,
  };
}
