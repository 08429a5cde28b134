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

/** One of this site's fact-checks, with the file its claim is written in. */
export interface OwnFactCheck extends FactCheck {
  id: string;
  /** The claim file, as displayed. */
  file: string;
}

/**
 * The fields of a claim file's front matter a fact-check is made of, as
 * written (not yet checked): small, so that a worker that read the file can
 * send them to the thread that compares claims.
 */
export interface ClaimStatement {
  claim: unknown;
  verdict: unknown;
  published: unknown;
  draft: unknown;
}

/** The {@link ClaimStatement} of a claim file's front matter. */
export function statementOf(data: unknown): ClaimStatement {
  const { claim, verdict, published, draft } = data as Record<string, unknown>;
  return { claim, verdict, published, draft };
}

/** The site a fact-check belongs to, as {@link ownFactCheck} names and links it. */
export type FactCheckSite = Pick<Site, "name" | "url" | "base" | "lang">;

/**
 * The fact-check of the claim `id` (its file displayed as `file`) with `statement`,
 * for `site` and its rating scale; none for a draft or a claim without a statement.
 */
export function ownFactCheck(
  id: string,
  file: string,
  statement: ClaimStatement,
  site: FactCheckSite,
  ratings: Ratings | undefined,
): OwnFactCheck | undefined {
  const { claim, verdict, published, draft } = statement;
  if (typeof claim !== "string" || draft === true) return undefined;
  const label = ratings?.verdicts.find((scale) => scale.key === String(verdict))?.label[site.lang];
  return {
    site: site.name,
    id,
    url: new URL(`claims/${id}/`, new URL(site.base, site.url).href).href,
    claim,
    verdict: label ?? String(verdict ?? ""),
    published: typeof published === "string" ? published : String(published ?? ""),
    file,
  };
}

/** The fact-checks of the content folder `dir` (displayed as `display`), for `site` and its rating scale. */
export function ownFactChecks(
  dir: string,
  display: string,
  site: FactCheckSite,
  ratings: Ratings | undefined,
): OwnFactCheck[] {
  const entries = listMarkdown(join(dir, "claims"), (absolute) => absolute, []);
  return entries.flatMap((entry) => {
    const raw = readText(entry.absolute, entry.path);
    if (typeof raw !== "string") return [];
    const file = openContentFile(raw, `${display}/claims/${entry.id}.md`);
    if (!("data" in file)) return [];
    const factCheck = ownFactCheck(entry.id, file.path, statementOf(file.data), site, ratings);
    return factCheck ? [factCheck] : [];
  });
}
