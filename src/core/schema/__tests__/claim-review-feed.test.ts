import { describe, expect, it } from "vitest";
import { claimReviewFeedPartSchema, claimReviewFeedSchema } from "../claim-review-feed.ts";

const head = {
  "@context": "https://schema.org",
  "@type": "DataFeed",
  name: "Citable: ClaimReview",
  url: "https://example.org/claimreview.json",
  inLanguage: "fr",
  publisher: { "@type": "Organization", name: "Rédaction" },
  dateModified: "2026-01-10",
};

describe("claimReviewFeedSchema", () => {
  it("reads a feed that names its parts, and refuses a part without its size", () => {
    const part = {
      "@type": "DataFeed",
      url: "https://example.org/claimreview/feed-1.json",
      dateModified: "2026-01-10",
      size: 3,
    };
    expect(claimReviewFeedSchema.safeParse({ ...head, hasPart: [part] }).success).toBe(true);
    const { size: _, ...unsized } = part;
    expect(
      claimReviewFeedSchema.safeParse({ ...head, hasPart: [unsized] }).error?.issues[0]?.path,
    ).toEqual(["hasPart", 0, "size"]);
  });
});

describe("claimReviewFeedPartSchema", () => {
  const item = {
    "@type": "ClaimReview",
    url: "https://example.org/claims/x/",
    claimReviewed: "X.",
    datePublished: "2026-01-10",
    reviewRating: { "@type": "Rating", alternateName: "Faux" },
    author: { "@type": "Organization", name: "Rédaction" },
  };
  const element = {
    "@type": "DataFeedItem",
    dateCreated: "2026-01-10",
    dateModified: "2026-01-10",
    item,
  };

  it("reads a part of ClaimReviews, with the ClaimReview's own fields kept", () => {
    const parsed = claimReviewFeedPartSchema.parse({
      ...head,
      isPartOf: "https://example.org/claimreview.json",
      dataFeedElement: [element],
    });
    expect(parsed.dataFeedElement[0]?.item).toEqual(item);
  });

  it("refuses an item that is not a ClaimReview", () => {
    const review = { ...element, item: { ...item, "@type": "Review" } };
    const parsed = claimReviewFeedPartSchema.safeParse({
      ...head,
      isPartOf: "x",
      dataFeedElement: [review],
    });
    expect(parsed.error?.issues[0]?.path).toEqual(["dataFeedElement", 0, "item", "@type"]);
  });
});
