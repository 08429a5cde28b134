/** The site's settings (site.yaml) and rating scale (ratings.yaml), in content/. */
import { z } from "zod";
import { httpUrl, id, langTag, text } from "./fields.ts";

/**
 * The version of the content format this release reads and writes: raised
 * when a release changes what content must say (src/core/content/content-format.ts
 * tells an owner what to change).
 */
export const CONTENT_FORMAT = 2;

/** The languages the interface speaks. */
export const INTERFACE_LANGUAGES = ["fr", "en"] as const;

const inEveryLanguage = (what: string) =>
  z.strictObject({
    fr: text().describe(`${what} in French.`),
    en: text().describe(`${what} in English.`),
  });

/** The icons a verdict can name (their drawings are in src/core/site/verdict-icons.ts). */
export const VERDICT_ICONS = ["check", "mostly", "misleading", "cross", "unknown"] as const;

/** The name of a verdict icon. */
export type VerdictIcon = (typeof VERDICT_ICONS)[number];

/** What a claim's link preview shows: see the `shareCards` field of site.yaml. */
export const SHARE_CARD_MODES = ["claim", "verdict", "off"] as const;

/** One of {@link SHARE_CARD_MODES}. */
export type ShareCardMode = (typeof SHARE_CARD_MODES)[number];

/** The most partners a site may list: each is one more index a reader's search may load. */
export const MAX_PARTNERS = 20;

/** Schema of one partner site of `network:` in site.yaml. */
export const partnerSchema = z.strictObject({
  name: text().describe("The partner's name, shown beside each of its results in search."),
  url: httpUrl().describe(
    "The address of the partner's Citable site, with its base path, such as https://partner.example/verif/.",
  ),
  lang: langTag()
    .optional()
    .describe("The language of the partner's fact-checks, such as fr or en. Default: this site's."),
  weight: z
    .number({ error: "must be a number" })
    .positive("must be more than 0")
    .max(10, "must be at most 10")
    .default(1)
    .describe(
      "How much the partner's results weigh against one another in search (Pagefind's indexWeight). Default: 1.",
    ),
});

/** Schema of site.yaml. */
export const siteSchema = z.strictObject({
  format: z
    .literal(CONTENT_FORMAT)
    .describe(
      `The version of the content format the site is written in: ${CONTENT_FORMAT} for this release. See docs/content-format.md.`,
    ),
  name: text().describe("The site's name, shown in every page's header and title."),
  description: text().describe("What the site is, for the home page and search engines."),
  lang: z
    .enum(INTERFACE_LANGUAGES, { error: "must be fr or en" })
    .describe("The site's language: fr or en. It picks the interface's language."),
  url: httpUrl().describe("The address the site is served at. SITE_URL overrides it."),
  base: z
    .string({ error: "must be a text" })
    .regex(
      /^\/(?:[A-Za-z0-9._~-]+\/)*$/,
      "must be a path that starts and ends with /, such as /verif/",
    )
    // `/../../etc/` would put every link of the site outside it.
    .refine((base) => !base.split("/").some((part) => part === "." || part === ".."), {
      error: "must be a path that stays in the site, without . or .. folders, such as /verif/",
    })
    .default("/")
    .describe("The path under the address, such as /verif/. BASE_PATH overrides it. Default: /."),
  publisher: z
    .strictObject({
      name: text().describe("The organisation that publishes the fact-checks."),
      url: httpUrl().optional().describe("Its address."),
    })
    .describe("Who publishes the fact-checks (the author of every ClaimReview)."),
  errorReport: z
    .union([z.email({ error: "must be an e-mail address or an http(s) address" }), httpUrl()])
    .optional()
    .describe(
      "Where readers report an error: an e-mail address (each claim page then offers a mailto: link naming the claim) or the http(s) address of a form. Leave it out to offer no link.",
    ),
  shareCards: z
    .enum(SHARE_CARD_MODES, { error: "must be claim, verdict or off" })
    .default("claim")
    .describe(
      "The image of a claim's link preview: claim (default) draws a card per claim (its verdict, the finding, the claim, who made it and when: about 19 KB each); verdict draws one card per verdict (its meaning), for archives too large for a card per claim on their host; off shows none.",
    ),
  network: z
    .array(partnerSchema)
    .max(MAX_PARTNERS, `must list at most ${MAX_PARTNERS} partners`)
    .default([])
    .describe(
      "Partner Citable sites: search also looks in their indexes (in the reader's browser, once the reader searches), and `npm run new` lists their fact-checks close to a new claim. See docs/network.md. Default: none.",
    ),
});

/** Schema of one verdict of the rating scale. */
export const verdictSchema = z.strictObject({
  key: id().describe("The key that claims write in their verdict field."),
  value: z
    .int({ error: "must be a whole number" })
    .optional()
    .describe(
      "Its place on the numeric scale, from worst to best. Leave it out for a verdict outside the scale, such as unverifiable.",
    ),
  color: z
    .string({ error: "must be a text" })
    .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour such as #1a7f37")
    .describe("The badge's colour; the badge shows the label too, never the colour alone."),
  icon: z
    .enum(VERDICT_ICONS, { error: `must be one of ${VERDICT_ICONS.join(", ")}` })
    .optional()
    .describe(
      "The icon beside the label: check, mostly, misleading, cross or unknown. Default: from the verdict's place on the scale (check at the best end, cross at the worst, unknown outside it).",
    ),
  label: inEveryLanguage("The verdict's name"),
  description: inEveryLanguage("What the verdict means, for the methodology page"),
});

/** Schema of ratings.yaml. */
export const ratingsSchema = z.strictObject({
  worst: z.int({ error: "must be a whole number" }).describe("The value of the worst verdict."),
  best: z.int({ error: "must be a whole number" }).describe("The value of the best verdict."),
  verdicts: z
    .array(verdictSchema)
    .min(1, "must list at least one verdict")
    .describe(
      "The verdicts. Pages list them in the scale's order, best value first, then those outside the scale in the order written here.",
    ),
});

/** site.yaml as written. */
export type SiteInput = z.input<typeof siteSchema>;
/** site.yaml once checked. */
export type Site = z.output<typeof siteSchema>;
/** One partner once checked. */
export type Partner = z.output<typeof partnerSchema>;
/** ratings.yaml as written. */
export type RatingsInput = z.input<typeof ratingsSchema>;
/** ratings.yaml once checked. */
export type Ratings = z.output<typeof ratingsSchema>;
/** One verdict once checked. */
export type Verdict = z.output<typeof verdictSchema>;
