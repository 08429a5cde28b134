/**
 * The ClaimReview feed, in the schema.org `DataFeed` form that fact-check
 * aggregators read: every published claim's ClaimReview (the same object its
 * page publishes as JSON-LD), newest first, each with its `dateModified`. Like
 * the export, it comes in parts of bounded size: `claimreview.json` is a
 * DataFeed that names its parts (`hasPart`), and each part,
 * `claimreview/feed-<n>.json`, is a DataFeed of {@link FEED_PART_SIZE} items.
 */
import { claimReview } from "./claim-review.ts";
import { type ExportContext, latestDate } from "./export.ts";
import type { ClaimView } from "./view-model.ts";

/** ClaimReviews per part: about 1.5 MB of JSON, well within every host's limits. */
export const FEED_PART_SIZE = 1000;

/** The path of part `n` (from 1, newest first) relative to the site's root. */
export function feedPartPath(n: number): string {
  return `claimreview/feed-${n}.json`;
}

/** When `claim` last changed: its latest publication, update or correction date. */
export function modifiedOf(claim: ClaimView): string {
  return latestDate([claim]) ?? claim.published;
}

/** `claims` newest first: by last change, then by publication, then by id. */
export function feedOrder(claims: readonly ClaimView[]): ClaimView[] {
  return [...claims].sort(
    (a, b) =>
      modifiedOf(b).localeCompare(modifiedOf(a)) ||
      b.published.localeCompare(a.published) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The claims of each part, newest first: part n is element n - 1. */
export function feedParts(claims: readonly ClaimView[]): ClaimView[][] {
  const ordered = feedOrder(claims);
  const parts: ClaimView[][] = [];
  for (let start = 0; start < ordered.length; start += FEED_PART_SIZE) {
    parts.push(ordered.slice(start, start + FEED_PART_SIZE));
  }
  return parts;
}

/** What the feed needs besides the export's context: where the feed and its parts are. */
export interface FeedContext extends ExportContext {
  /** Absolute URL of `claimreview.json`. */
  feedUrl: string;
  /** Absolute URL of part `n`. */
  feedPartUrl: (n: number) => string;
  /** The site's name. */
  name: string;
}

function feedHead(context: FeedContext, url: string, claims: readonly ClaimView[]) {
  return {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    name: `${context.name}: ClaimReview`,
    url,
    inLanguage: context.lang,
    publisher: {
      "@type": "Organization",
      name: context.publisher.name,
      ...(context.publisher.url ? { url: context.publisher.url } : {}),
    },
    dateModified: latestDate(claims),
  };
}

/** `claimreview.json`: the feed, its last change, and its parts, newest first. */
export function claimReviewFeed(
  claims: readonly ClaimView[],
  context: FeedContext,
): Record<string, unknown> {
  return {
    ...feedHead(context, context.feedUrl, claims),
    hasPart: feedParts(claims).map((part, index) => ({
      "@type": "DataFeed",
      url: context.feedPartUrl(index + 1),
      dateModified: latestDate(part),
      size: part.length,
    })),
  };
}

/** Part `n` (from 1) of the feed, holding `claims` in the feed's order. */
export function claimReviewFeedPart(
  claims: readonly ClaimView[],
  n: number,
  context: FeedContext,
): Record<string, unknown> {
  return {
    ...feedHead(context, context.feedPartUrl(n), claims),
    isPartOf: context.feedUrl,
    dataFeedElement: claims.map((claim) => {
      const pageUrl = context.pageUrl(claim.id);
      const review = { publisher: context.publisher, scale: context.scale, lang: claim.lang };
      const { "@context": _, ...item } = claimReview(claim, { pageUrl, ...review });
      return {
        "@type": "DataFeedItem",
        dateCreated: claim.published,
        dateModified: modifiedOf(claim),
        item,
      };
    }),
  };
}
