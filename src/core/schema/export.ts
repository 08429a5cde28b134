/**
 * The export's formats as zod schemas: the index (`claims.json`) and one
 * claim's record (a line of a part). The site's export follows them (a test
 * reads the built export with them), and `npm run schema` writes them as JSON
 * Schemas to public/schemas/ for those who reuse the data.
 */
import { z } from "zod";
import { claimReviewFeedPartSchema, claimReviewFeedSchema } from "./claim-review-feed.ts";

const date = z.string().describe("A date, `YYYY-MM-DD`.");
const url = z.string().describe("An absolute URL.");
const maybe = <T extends z.ZodType>(schema: T, what: string) => schema.nullable().describe(what);

/** `claims.json`: the site, the parts, and each claim's id, verdict, dates and part. */
export const exportIndexSchema = z
  .strictObject({
    site: z.strictObject({
      url: url.describe("The site's home page."),
      lang: z.string().describe("The site's language (BCP 47)."),
      publisher: z.strictObject({
        name: z.string().describe("Who publishes the fact-checks."),
        url: maybe(url, "The publisher's address, or null."),
      }),
      scale: z
        .strictObject({
          best: z.number(),
          worst: z.number(),
          verdicts: z
            .array(
              z.strictObject({
                key: z.string().describe("The key claims write."),
                label: z.string().describe("The verdict's name in the site's language."),
                value: maybe(z.number(), "Its place on the numeric scale, or null outside it."),
                description: z.string().describe("What it means."),
              }),
            )
            .describe(
              "The verdicts in the scale's order: best first, those outside the scale last.",
            ),
        })
        .describe("The rating scale: its numeric ends, and its verdicts in order."),
    }),
    generated: maybe(
      z.string(),
      "The latest publication, update or correction date of the claims; null when there are none.",
    ),
    count: z.int().nonnegative().describe("How many claims the export holds."),
    parts: z
      .array(
        z.strictObject({
          url: url.describe("Where the part is: `<site>export/claims-<n>.ndjson.gz`."),
          count: z.int().positive().describe("How many claims the part holds, one per line."),
          format: z.literal("application/x-ndjson").describe("One JSON record per line."),
          encoding: z.literal("gzip").describe("The part is compressed with gzip."),
        }),
      )
      .describe("The parts, in order: 1 000 claims each, the last one fewer."),
    claims: z
      .array(
        z.strictObject({
          id: z.string().describe("The claim's id; its page is `<site>claims/<id>/`."),
          verdict: z.string().describe("The key of the claim's verdict in the rating scale."),
          published: date.describe("When the fact-check was published."),
          updated: maybe(date, "When it was last updated, or null."),
          part: z.int().nonnegative().describe("The index in `parts` of the part that holds it."),
        }),
      )
      .describe("Every claim, oldest first (by publication date, then id), in the parts' order."),
  })
  .describe("The index of a Citable site's export of its fact-checks.");

const part = z.strictObject({
  exact: z.string().describe("The quoted text as the source has it."),
  prefix: z.string().describe("Up to 32 characters of the source just before it."),
  suffix: z.string().describe("Up to 32 characters of the source just after it."),
  start: z.int().describe("Its offset in the source's reader-visible text, in code points."),
  end: z.int().describe("The offset just after it."),
});

const citation = z.strictObject({
  id: z.string().describe("The citation's id, unique within the claim."),
  quote: z.string().describe("The quote as the fact-check gives it."),
  note: maybe(z.string(), "What the fact-check draws from the passage, or null."),
  source: z.strictObject({
    id: z.string(),
    title: z.string(),
    publisher: z.string(),
    published: date,
    url: maybe(url, "The original's address, or null when unknown."),
    page: url.describe("The archived source's page on the site."),
  }),
  passage: url.describe("The source page at the highlighted passage."),
  original: maybe(url, "The original at the passage (a text fragment), or null."),
  parts: z.array(part).describe("The quoted parts: more than one when the quote has elisions."),
});

/** One claim's record: a line of a part. */
export const exportRecordSchema = z
  .strictObject({
    id: z.string(),
    url: url.describe("The fact-check's page."),
    headline: maybe(z.string(), "The editors' title that states the finding, or null."),
    claim: z.string().describe("The statement checked, as the claim file writes it."),
    verbatim: z
      .boolean()
      .describe("Whether claim is the claimant's own words (true) or a paraphrase (false)."),
    claimant: maybe(z.string(), "Who made it, or null."),
    claimantKind: maybe(
      z.enum(["person", "organisation", "anonymous"]),
      "What the claimant is, or null when there is none.",
    ),
    claimDate: maybe(date, "When it was made, or null."),
    appearance: maybe(
      z.strictObject({
        platform: z.string().describe("The platform or outlet where it was made."),
        date: maybe(date, "When it was published there, or null."),
        url: maybe(url, "The address of the post or article, or null when not recorded."),
        archived: maybe(url, "The address of an archived copy, or null."),
      }),
      "Where it was made, or null.",
    ),
    verdict: z.strictObject({
      key: z.string(),
      label: z.string(),
      value: maybe(z.number(), "The verdict's place on the numeric scale, or null."),
    }),
    summary: z.string().describe("The conclusion in one or two sentences."),
    published: date,
    updated: maybe(date, "When it was last updated, or null."),
    lang: z.string(),
    authors: z.array(z.string()),
    tags: z.array(z.string()),
    corrections: z.array(
      z.strictObject({
        date,
        note: z.string(),
        previousVerdict: maybe(
          z.string(),
          "The key of the verdict this correction replaced, or null when it kept the verdict.",
        ),
      }),
    ),
    citations: z.array(citation),
    claimReview: z
      .record(z.string(), z.unknown())
      .describe("The schema.org ClaimReview the claim's page publishes as JSON-LD."),
    annotations: z
      .array(z.record(z.string(), z.unknown()))
      .describe("One W3C Web Annotation per citation."),
  })
  .describe("One fact-check of a Citable site's export: a line of a part.");

/** The export's schema files in public/schemas/, by file name. */
export const EXPORT_SCHEMAS = {
  "claims-index.schema.json": exportIndexSchema,
  "claim-record.schema.json": exportRecordSchema,
  "claimreview-feed.schema.json": claimReviewFeedSchema,
  "claimreview-feed-part.schema.json": claimReviewFeedPartSchema,
} as const;
