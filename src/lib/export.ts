/** The export's settings and addresses, shared by the index (claims.json) and its parts. */
import { type FeedContext, feedPartPath } from "../core/site/claim-review-feed.ts";
import type { ExportContext } from "../core/site/export.ts";
import { partPath } from "../core/site/export-parts.ts";
import { absolute, settings, verdicts } from "./site.ts";

/** The export's context for a site served at `site` (Astro's `context.site`). */
export async function exportContext(
  site: URL | undefined,
): Promise<ExportContext & { partUrl: (n: number) => string }> {
  const { publisher, scale, lang } = await settings();
  return {
    siteUrl: absolute("", site),
    pageUrl: (id) => absolute(`claims/${id}/`, site),
    sourceUrl: (id) => absolute(`sources/${id}/`, site),
    partUrl: (n) => absolute(partPath(n), site),
    publisher,
    scale,
    verdicts: await verdicts(),
    lang,
  };
}

/** The ClaimReview feed's context for a site served at `site`. */
export async function feedContext(site: URL | undefined): Promise<FeedContext> {
  const { name } = await settings();
  return {
    ...(await exportContext(site)),
    name,
    feedUrl: absolute("claimreview.json", site),
    feedPartUrl: (n) => absolute(feedPartPath(n), site),
  };
}
