/**
 * The ClaimReview feed's formats as zod schemas: `claimreview.json` (the feed
 * and its parts) and a part (`claimreview/feed-<n>.json`), both schema.org
 * DataFeeds. The built feed follows them (a test reads it with them), and
 * `npm run schema` writes them as JSON Schemas to public/schemas/.
 */
import { z } from "zod";

const date = z.string().describe("A date, `YYYY-MM-DD`.");
const url = z.string().describe("An absolute URL.");

const head = {
  "@context": z.literal("https://schema.org"),
  "@type": z.literal("DataFeed"),
  name: z.string().describe("The site's name and `: ClaimReview`."),
  url: url.describe("Where this file is."),
  inLanguage: z.string().describe("The site's language (BCP 47)."),
  publisher: z
    .strictObject({
      "@type": z.literal("Organization"),
      name: z.string(),
      url: url.optional(),
    })
    .describe("Who publishes the fact-checks."),
  dateModified: date
    .nullable()
    .describe("The latest publication, update or correction date of its claims; null if none."),
};

/** `claimreview.json`: the feed's last change and its parts, newest first. */
export const claimReviewFeedSchema = z
  .strictObject({
    ...head,
    hasPart: z
      .array(
        z.strictObject({
          "@type": z.literal("DataFeed"),
          url: url.describe("Where the part is: `<site>claimreview/feed-<n>.json`."),
          dateModified: date.nullable().describe("The latest change of its claims."),
          size: z.int().positive().describe("How many ClaimReviews it holds."),
        }),
      )
      .describe("The parts, newest claims first: 1 000 ClaimReviews each, the last one fewer."),
  })
  .describe("The ClaimReview feed of a Citable site (schema.org DataFeed): its parts.");

/** `claimreview/feed-<n>.json`: one part, a DataFeed of ClaimReviews. */
export const claimReviewFeedPartSchema = z
  .strictObject({
    ...head,
    isPartOf: url.describe("The feed's `claimreview.json`."),
    dataFeedElement: z
      .array(
        z.strictObject({
          "@type": z.literal("DataFeedItem"),
          dateCreated: date.describe("When the fact-check was published."),
          dateModified: date.describe("Its latest publication, update or correction date."),
          item: z
            .looseObject({
              "@type": z.literal("ClaimReview"),
              url: url.describe("The fact-check's page."),
              claimReviewed: z.string(),
              datePublished: date,
              reviewRating: z.looseObject({ alternateName: z.string() }),
            })
            .describe("The schema.org ClaimReview the claim's page publishes as JSON-LD."),
        }),
      )
      .describe("The ClaimReviews, newest first (by their latest change)."),
  })
  .describe("A part of the ClaimReview feed of a Citable site (schema.org DataFeed).");
