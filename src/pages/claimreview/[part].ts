/** The parts of the ClaimReview feed: `claimreview/feed-<n>.json`, newest first. */
import type { APIRoute, GetStaticPaths } from "astro";
import { claimReviewFeedPart, feedPartPath, feedParts } from "../../core/site/claim-review-feed.ts";
import type { ClaimView } from "../../core/site/view-model.ts";
import { feedContext } from "../../lib/export";
import { views } from "../../lib/site";

export const getStaticPaths = (async () =>
  feedParts((await views()).claims).map((claims, index) => ({
    params: { part: feedPartPath(index + 1).replace(/^claimreview\//, "") },
    props: { claims, n: index + 1 },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { claims, n } = props as { claims: ClaimView[]; n: number };
  const data = claimReviewFeedPart(claims, n, await feedContext(site));
  return new Response(`${JSON.stringify(data)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
