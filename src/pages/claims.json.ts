/** The export's index: the site, each claim's id, verdict and dates, and the addresses of the parts. */
import type { APIRoute } from "astro";
import { exportIndex } from "../core/site/export-parts.ts";
import { exportContext } from "../lib/export";
import { claimViews } from "../lib/site";

export const GET: APIRoute = async (context) => {
  const data = exportIndex(await claimViews(), await exportContext(context.site));
  return new Response(`${JSON.stringify(data)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
