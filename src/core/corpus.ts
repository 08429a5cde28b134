/**
 * The whole content of a site, loaded and cross-checked: settings, sources,
 * claims, and every problem found on the way. The check prints the problems;
 * the site is built only from a corpus that has no error.
 */
import type { Claim } from "./claims.ts";
import type { Diagnostic } from "./diagnostics.ts";
import type { SitePage } from "./pages/load.ts";
import type { Ratings, Site } from "./schema/settings.ts";
import { ContentSession } from "./session.ts";
import type { Source } from "./sources.ts";

export * from "./content-listing.ts";

/** Everything in a content folder. */
export interface Corpus {
  /** site.yaml, when valid. */
  site: Site | undefined;
  /** ratings.yaml, when valid. */
  ratings: Ratings | undefined;
  /** The valid sources by id. */
  sources: Map<string, Source>;
  /** The claims without error, in file name order. */
  claims: Claim[];
  /** The site's own pages (content/pages/), valid ones only, by id. */
  pages: SitePage[];
  /** Every problem found, sorted by file and line. */
  diagnostics: Diagnostic[];
  /** How many files were read. */
  files: { sources: number; claims: number };
}

/** What a check can be told besides the folder. */
export interface CheckOptions {
  /** Today, `YYYY-MM-DD`: later dates are refused. Default: today in UTC. */
  today?: string | undefined;
}

/** Loads and checks the content folder `dir` (one full load of a {@link ContentSession}); paths are printed relative to `cwd`. */
export function loadCorpus(
  dir: string,
  cwd: string = process.cwd(),
  options: CheckOptions = {},
): Corpus {
  const session = new ContentSession(dir, cwd, options);
  session.reload();
  return session.corpus();
}
