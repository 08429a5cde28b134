/** The parts of the export: `export/claims-<n>.ndjson.gz`, one claim's full record per line. */
import type { APIRoute, GetStaticPaths } from "astro";
import { exportParts, partFile, partPath } from "../../core/site/export-parts.ts";
import type { ClaimView } from "../../core/site/view-model.ts";
import { exportContext } from "../../lib/export";
import { views } from "../../lib/site";

export const getStaticPaths = (async () =>
  exportParts((await views()).claims).map((claims, index) => ({
    params: { part: partPath(index + 1).replace(/^export\//, "") },
    props: { claims },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const body = await partFile((props as { claims: ClaimView[] }).claims, await exportContext(site));
  return new Response(body, { headers: { "Content-Type": "application/gzip" } });
};
