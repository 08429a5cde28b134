import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { exportJsonSchema } from "../../schema/export-json-schema.ts";
import {
  claimReviewFeed,
  claimReviewFeedPart,
  FEED_PART_SIZE,
  type FeedContext,
  feedOrder,
  feedPartPath,
  feedParts,
} from "../claim-review-feed.ts";
import { durainClaim } from "./claim-fixture.ts";

const context: FeedContext = {
  siteUrl: "https://example.org/",
  pageUrl: (id) => `https://example.org/claims/${id}/`,
  sourceUrl: (id) => `https://example.org/sources/${id}/`,
  publisher: { name: "Rédaction Citable", url: "https://example.org" },
  scale: { best: 4, worst: 1 },
  lang: "fr",
  name: "Citable",
  feedUrl: "https://example.org/claimreview.json",
  feedPartUrl: (n) => `https://example.org/${feedPartPath(n)}`,
};

/** `count` claims, one a day from 2020-01-01, oldest first. */
function claims(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    return durainClaim({ id: `claim-${String(i).padStart(5, "0")}`, published: day });
  });
}

const ajv = new Ajv({ strict: false });
const validFeed = ajv.compile(exportJsonSchema("claimreview-feed.schema.json"));
const validPart = ajv.compile(exportJsonSchema("claimreview-feed-part.schema.json"));

describe("feedOrder", () => {
  it("puts the claim changed last first, a correction counting as a change", () => {
    const old = durainClaim({ id: "old", published: "2025-01-01" });
    const corrected = durainClaim({
      id: "corrected",
      published: "2024-01-01",
      corrections: [{ date: "2026-02-01", note: "A figure was wrong." }],
    });
    const recent = durainClaim({ id: "recent", published: "2026-01-01" });
    expect(feedOrder([old, recent, corrected]).map((claim) => claim.id)).toEqual([
      "corrected",
      "recent",
      "old",
    ]);
  });
});

describe("claimReviewFeed", () => {
  it("names its parts, newest first, each with its size and last change, and follows its JSON Schema", () => {
    const all = claims(FEED_PART_SIZE + 2);
    const feed = claimReviewFeed(all, context);
    expect(feed).toMatchObject({
      "@type": "DataFeed",
      dateModified: "2022-09-28",
      hasPart: [
        {
          url: "https://example.org/claimreview/feed-1.json",
          size: FEED_PART_SIZE,
          dateModified: "2022-09-28",
        },
        { url: "https://example.org/claimreview/feed-2.json", size: 2, dateModified: "2020-01-02" },
      ],
    });
    expect(validFeed(JSON.parse(JSON.stringify(feed))), ajv.errorsText(validFeed.errors)).toBe(
      true,
    );
  });
});

describe("claimReviewFeedPart", () => {
  it("holds one ClaimReview per claim, as the claim page publishes it, and follows its JSON Schema", () => {
    const all = claims(3);
    const [part] = feedParts(all);
    const feed = claimReviewFeedPart(part ?? [], 1, context) as {
      dataFeedElement: Array<{ dateModified: string; item: { "@type": string; url: string } }>;
    };
    expect(feed.dataFeedElement.map((element) => [element.dateModified, element.item.url])).toEqual(
      [
        ["2020-01-03", "https://example.org/claims/claim-00002/"],
        ["2020-01-02", "https://example.org/claims/claim-00001/"],
        ["2020-01-01", "https://example.org/claims/claim-00000/"],
      ],
    );
    expect(feed.dataFeedElement.every((element) => element.item["@type"] === "ClaimReview")).toBe(
      true,
    );
    expect(validPart(JSON.parse(JSON.stringify(feed))), ajv.errorsText(validPart.errors)).toBe(
      true,
    );
  });

  it("is refused by its JSON Schema when an item is not a ClaimReview", () => {
    const [part] = feedParts(claims(1));
    const feed = claimReviewFeedPart(part ?? [], 1, context) as {
      dataFeedElement: Array<{ item: Record<string, unknown> }>;
    };
    const broken = {
      ...feed,
      dataFeedElement: [{ ...feed.dataFeedElement[0], item: { "@type": "Review" } }],
    };
    expect(validPart(broken)).toBe(false);
  });
});
