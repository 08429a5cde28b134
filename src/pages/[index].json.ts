/**
 * The indexes of the data others read: `claims.json`, the export's index (the site, each claim's
 * id, verdict and dates, and the addresses of the parts), and `claimreview.json`, the ClaimReview
 * feed (schema.org DataFeed: its last change and its parts, newest first). A route with
 * `getStaticPaths()`, so that each index is made where the views are, and the thread that writes
 * it gets it as props.
 */

import { site as address } from "virtual:citable/config";
import type { APIRoute, GetStaticPaths } from "astro";
import { claimReviewFeed } from "../core/site/claim-review-feed.ts";
import { exportIndex } from "../core/site/export-parts.ts";
import { exportContext, feedContext } from "../lib/export";
import { views } from "../lib/site";

export const getStaticPaths = (async () => {
  const { claims } = await views();
  const site = new URL(address);
  return [
    {
      params: { index: "claims" },
      props: { index: exportIndex(claims, await exportContext(site)) },
    },
    {
      params: { index: "claimreview" },
      props: { index: claimReviewFeed(claims, await feedContext(site)) },
    },
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`${JSON.stringify((props as { index: unknown }).index)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
