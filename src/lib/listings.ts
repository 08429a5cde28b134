/**
 * Which listing pages have something to list. A listing of nothing is neither
 * built nor linked: a new site with no fact-check yet has a home page that
 * says so, not empty pages of verdicts, topics, claimants and sources.
 */
import { siteData } from "virtual:citable/config";

/** The listings a site has, as src/core/site/listed.ts works them out. */
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

// Once per thread: a page's badges each ask.
let cached: { from: unknown; listings: Listings } | undefined;

/** The listings of this site. */
export async function listings(): Promise<Listings> {
  const { listed } = await siteData();
  // In astro dev, siteData() gives the edited site's anew: the cache follows it.
  if (cached?.from !== listed) {
    cached = { from: listed, listings: { ...listed, verdicts: new Set(listed.verdicts) } };
  }
  return cached.listings;
}
