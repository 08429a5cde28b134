/**
 * The export's index, `claims.json`: the site, each claim's id, verdict and dates, and the
 * addresses of the parts. A route with `getStaticPaths()` (its one path is `claims`), so that
 * the index is made where the views are, and the thread that writes it gets it as props.
 */

import { site as address } from "virtual:citable/config";
import type { APIRoute, GetStaticPaths } from "astro";
import { exportIndex } from "../core/site/export-parts.ts";
import { exportContext } from "../lib/export";
import { views } from "../lib/site";

export const getStaticPaths = (async () => {
  const index = exportIndex((await views()).claims, await exportContext(new URL(address)));
  return [{ params: { index: "claims" }, props: { index } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify((props as { index: unknown }).index)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
