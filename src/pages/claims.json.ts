/** The machine-readable export: every claim, its verdict, its citations, ClaimReview and Web Annotations. */
import type { APIRoute } from "astro";
import { claimsExport } from "../core/site/export.ts";
import { absolute, claimViews, settings, verdicts } from "../lib/site";

export const GET: APIRoute = async (context) => {
  const site = await settings();
  const data = claimsExport(await claimViews(), {
    siteUrl: absolute("", context.site),
    pageUrl: (id) => absolute(`claims/${id}/`, context.site),
    sourceUrl: (id) => absolute(`sources/${id}/`, context.site),
    publisher: site.publisher,
    scale: site.scale,
    verdicts: await verdicts(),
    lang: site.lang,
  });
  return new Response(`${JSON.stringify(data)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
