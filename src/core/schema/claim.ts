/** The front matter of a claim file: one fact-check of one claim. */
import { z } from "zod";
import { id, isoDate, langTag, publicHttpUrl, text } from "./fields.ts";

/** What a claimant can be: a person, an organisation, or an anonymous origin (« Message viral »). */
export const CLAIMANT_KINDS = ["person", "organisation", "anonymous"] as const;

/** What a claimant is. */
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

/** Schema of one citation: a passage of a source that the fact-check relies on. */
export const citationSchema = z
  .strictObject({
    id: id().describe("The citation's id within the claim, used as [@id] in the body."),
    source: id().describe("The id of the cited source: its file name in sources/ without .md."),
    quote: text().describe(
      "The passage, as the source's reader sees it. [...] marks an elision: the parts must stand in order, close together.",
    ),
    prefix: text()
      .optional()
      .describe("Text just before the quote, to tell apart a passage that stands more than once."),
    suffix: text()
      .optional()
      .describe("Text just after the quote, to tell apart a passage that stands more than once."),
    note: text().optional().describe("Why this passage matters, shown beside the quote."),
  })
  .describe("A passage of a source.");

/** Schema of one correction of a published fact-check. */
export const correctionSchema = z
  .strictObject({
    date: isoDate().describe("When the correction was made, YYYY-MM-DD."),
    note: text().describe("What was corrected, in a sentence."),
    previousVerdict: id()
      .optional()
      .describe(
        "The verdict before this correction, when the correction changed it: a key of the rating scale. The page shows « Verdict modifié le … : Plutôt vrai → Faux ».",
      ),
  })
  .describe("A correction of the fact-check after publication.");

const APPEARANCE =
  "must say where the claim was made, such as { platform: X, date: 2025-11-22, url: https://x.com/… }";

/** Schema of where a claim was made: the post, article, video or broadcast. */
export const appearanceSchema = z
  .strictObject(
    {
      platform: text().describe(
        "The platform or outlet where the claim was made, such as X, Facebook, Le Monde or France Inter.",
      ),
      date: isoDate()
        .optional()
        .describe("When it was published there, YYYY-MM-DD. Default: the claim's claimDate."),
      url: publicHttpUrl()
        .optional()
        .describe(
          "The address of the post, article or video, when known. Leave it out rather than guess: the page then says the address was not recorded.",
        ),
      archived: publicHttpUrl()
        .optional()
        .describe("The address of an archived copy (such as web.archive.org), when one was made."),
    },
    { error: APPEARANCE },
  )
  .describe("Where and when the claim was made.");

/** Schema of a claim's front matter. */
export const claimSchema = z
  .strictObject({
    claim: text().describe(
      "The statement checked. Word for word when verbatim is true (the page shows it in quote marks); otherwise a faithful paraphrase.",
    ),
    verbatim: z
      .boolean({ error: "must be true or false" })
      .optional()
      .describe(
        "true when claim is the claimant's own words, shown in quote marks; false when it is a paraphrase, shown under « Ce qui est affirmé ». Default: false.",
      ),
    verdict: id().describe("The verdict: a key of the rating scale in ratings.yaml."),
    summary: text().describe("The conclusion, in one or two sentences."),
    published: isoDate().describe("When the fact-check was published, YYYY-MM-DD."),
    citations: z
      .array(citationSchema)
      .min(1, "must list at least one citation")
      .describe("The passages of sources the fact-check relies on."),
    claimant: text()
      .optional()
      .describe(
        "Who made the claim: a person, an organisation, or an origin such as Message viral.",
      ),
    claimantKind: z
      .enum(CLAIMANT_KINDS, { error: "must be person, organisation or anonymous" })
      .optional()
      .describe(
        "What the claimant is: person, organisation, or anonymous (an origin such as a viral message, named by no one). It picks the claim's author in ClaimReview. Default: person.",
      ),
    claimDate: isoDate().optional().describe("When the claim was made, YYYY-MM-DD."),
    appearance: appearanceSchema
      .optional()
      .describe(
        "Where the claim was made: the platform or outlet, the date, and the address and an archived copy when known.",
      ),
    headline: text()
      .optional()
      .describe(
        "The editors' title, which states the finding, such as « Non, Amine Kessaci n’a pas annoncé son propre assassinat ». It leads the page and the listings; the claim is then shown under « Ce qui est affirmé ». Default: none (the claim, with its verdict, leads).",
      ),
    updated: isoDate().optional().describe("When the fact-check was last updated, YYYY-MM-DD."),
    authors: z.array(text()).optional().describe("Who wrote the fact-check."),
    tags: z.array(text()).optional().describe("Topics, as free text, such as Logement."),
    lang: langTag()
      .optional()
      .describe(
        "The language of the fact-check, such as fr or en: its page, its JSON-LD and its link preview are tagged with it. Default: the site's.",
      ),
    draft: z
      .boolean({ error: "must be true or false" })
      .optional()
      .describe("true keeps the fact-check out of the site. Default: false."),
    corrections: z
      .array(correctionSchema)
      .optional()
      .describe("Corrections made after publication, oldest first."),
  })
  .describe("A fact-check of one claim. The body is the reasoning in Markdown; [@id] cites.");

/** A claim's front matter as an author writes it. */
export type ClaimInput = z.input<typeof claimSchema>;
/** A claim's front matter once checked. */
export type ClaimData = z.output<typeof claimSchema>;
/** Where a claim was made, once checked. */
export type Appearance = z.output<typeof appearanceSchema>;
/** One correction once checked. */
export type Correction = z.output<typeof correctionSchema>;
/** One citation once checked. */
export type Citation = z.output<typeof citationSchema>;
