/**
 * Which listing pages have something to list. A listing of nothing is neither
 * built nor linked: a new site with no fact-check yet has a home page that
 * says so, not empty pages of verdicts, topics, claimants and sources.
 */
import { claims, sources } from "./site.ts";

/** The listings a site has. */
export interface Listings {
  /** The keys of the verdicts that at least one fact-check carries: each has its page. */
  verdicts: ReadonlySet<string>;
  /** Whether a fact-check has a topic (the topics' index). */
  tags: boolean;
  /** Whether a fact-check names its claimant (the claimants' index). */
  claimants: boolean;
  /** Whether the site has an archived source (the sources' listing). */
  sources: boolean;
}

/** The listings of this site. */
export async function listings(): Promise<Listings> {
  const all = await claims();
  return {
    verdicts: new Set(all.map((claim) => claim.verdict.key)),
    tags: all.some((claim) => claim.tags.length > 0),
    claimants: all.some((claim) => claim.claimant !== undefined),
    sources: (await sources()).length > 0,
  };
}
