/** The ClaimReview feed (schema.org DataFeed): its last change and its parts, newest first. */
import type { APIRoute } from "astro";
import { claimReviewFeed } from "../core/site/claim-review-feed.ts";
import { feedContext } from "../lib/export";
import { claimViews } from "../lib/site";

export const GET: APIRoute = async (context) => {
  const data = claimReviewFeed(await claimViews(), await feedContext(context.site));
  return new Response(`${JSON.stringify(data)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
