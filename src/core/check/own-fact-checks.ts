/**
 * This site's fact-checks as "who already checked it" compares them: each
 * claim file's statement, verdict and date, read from its front matter alone
 * (the check reports what is wrong with a file; here a file that cannot be
 * read is left out). Drafts are not published, so no one checked them yet.
 */
import { join } from "node:path";
import { openContentFile, readText } from "../content/content-file.ts";
import { listMarkdown } from "../content/content-listing.ts";
import type { Ratings, Site } from "../schema/settings.ts";
import type { FactCheck } from "./closest-claims.ts";

/** One of this site's fact-checks, with where its claim is written. */
export interface OwnFactCheck extends FactCheck {
  id: string;
  /** The claim file, as displayed. */
  file: string;
  /** The line and column of its `claim` field. */
  line: number;
  column: number;
}

/** The fact-checks of the content folder `dir` (displayed as `display`), for `site` and its rating scale. */
export function ownFactChecks(
  dir: string,
  display: string,
  site: Pick<Site, "name" | "url" | "base" | "lang">,
  ratings: Ratings | undefined,
): OwnFactCheck[] {
  const labels = new Map(
    ratings?.verdicts.map((verdict) => [verdict.key, verdict.label[site.lang]]),
  );
  const home = new URL(site.base, site.url).href;
  const entries = listMarkdown(join(dir, "claims"), (absolute) => absolute, []);
  return entries.flatMap((entry) => {
    const raw = readText(entry.absolute, entry.path);
    if (typeof raw !== "string") return [];
    const file = openContentFile(raw, `${display}/claims/${entry.id}.md`);
    if (!("data" in file)) return [];
    const data = file.data as Record<string, unknown>;
    const { claim, verdict, published, draft } = data;
    if (typeof claim !== "string" || draft === true) return [];
    const { line, column } = file.field(["claim"]);
    return [
      {
        site: site.name,
        id: entry.id,
        url: new URL(`claims/${entry.id}/`, home).href,
        claim,
        verdict: labels.get(String(verdict)) ?? String(verdict ?? ""),
        published: typeof published === "string" ? published : String(published ?? ""),
        file: file.path,
        line,
        column,
      },
    ];
  });
}
