/**
 * The schema.org `ClaimReview` of a claim page, as Google's fact-check markup
 * documentation asks: `claimReviewed`, `reviewRating.alternateName` and `url`
 * required; the author, dates, numeric rating and the reviewed `Claim` (its
 * author, date and appearances) recommended.
 */
import type { ClaimView } from "./view-model.ts";

/** What a ClaimReview needs besides the claim: the site's settings. */
export interface ReviewContext {
  /** Absolute URL of the claim page. */
  pageUrl: string;
  /** Who publishes the fact-checks: the review's author. */
  publisher: { name: string; url?: string | undefined };
  /** The numeric ends of the rating scale. */
  scale: { best: number; worst: number };
  /** Language of the review (BCP 47), such as `fr`. */
  lang: string;
  /** Absolute URL of the claim's share card. */
  image?: string | undefined;
}

/**
 * Returns the ClaimReview of `claim`, ready for JSON-LD. The rating carries
 * `ratingValue`, `bestRating` and `worstRating` only when the verdict has a
 * place on the scale (`Invérifiable` has none): a number there would claim a
 * precision the verdict does not have. The claim's author is a `Person` or an
 * `Organization` as the claim file says; an anonymous origin (« Message viral »)
 * is no author at all, rather than a person named "Message viral". `image` is
 * the share card, when the page has one.
 */
export function claimReview(claim: ClaimView, context: ReviewContext): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: context.pageUrl,
    claimReviewed: claim.claim,
    datePublished: claim.published,
    ...dateModified(claim),
    inLanguage: context.lang,
    ...(context.image === undefined ? {} : { image: context.image }),
    author: organization(context.publisher),
    reviewRating: rating(claim, context.scale),
    itemReviewed: reviewedClaim(claim),
  };
}

/**
 * Serialises `data` as the content of a `<script type="application/ld+json">`
 * element (the element itself is the page's). `<` becomes `\u003c`, so no
 * text in a claim can close the element or open a comment; U+2028 and U+2029
 * are escaped too, for consumers that read the content as JavaScript.
 */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function organization(publisher: ReviewContext["publisher"]): Record<string, unknown> {
  return {
    "@type": "Organization",
    name: publisher.name,
    ...(publisher.url === undefined ? {} : { url: publisher.url }),
  };
}

function rating(claim: ClaimView, scale: ReviewContext["scale"]): Record<string, unknown> {
  const { label, value } = claim.verdict;
  const numeric =
    value === undefined
      ? {}
      : { ratingValue: value, bestRating: scale.best, worstRating: scale.worst };
  return {
    "@type": "Rating",
    ...numeric,
    // Google shows the textual rating; it recommends `name` alongside `alternateName`.
    alternateName: label,
    name: label,
    ratingExplanation: claim.summary,
  };
}

/**
 * The review's last change: its `updated` day or its latest correction's, whichever is later, so
 * that a verdict changed by a correction is dated even when `updated` was not moved.
 */
function dateModified(claim: ClaimView): Record<string, string> {
  const days = [claim.updated, ...claim.corrections.map((correction) => correction.date)];
  const latest = days
    .filter((day) => day !== undefined)
    .sort()
    .at(-1);
  return latest === undefined ? {} : { dateModified: latest };
}

/**
 * Where the claim was made, as a `CreativeWork`: the platform or outlet, its
 * date, its address and archived copy when recorded. Without an address, the
 * work still says where and when (Google reads `appearance` and
 * `firstAppearance` as the claim's first publication).
 */
function appearanceWork(appearance: NonNullable<ClaimView["appearance"]>) {
  return {
    "@type": "CreativeWork",
    ...(appearance.url === undefined ? {} : { url: appearance.url }),
    ...(appearance.date === undefined ? {} : { datePublished: appearance.date }),
    publisher: { "@type": "Organization", name: appearance.platform },
    ...(appearance.archived === undefined ? {} : { archivedAt: appearance.archived }),
  };
}

function reviewedClaim(claim: ClaimView): Record<string, unknown> {
  const work = claim.appearance && appearanceWork(claim.appearance);
  const appearance = work === undefined ? {} : { appearance: [work], firstAppearance: work };
  return {
    "@type": "Claim",
    ...claimAuthor(claim),
    ...(claim.claimDate === undefined ? {} : { datePublished: claim.claimDate }),
    ...appearance,
  };
}

const AUTHOR_TYPES = { person: "Person", organisation: "Organization" } as const;

function claimAuthor({ claimant }: ClaimView): Record<string, unknown> {
  if (claimant === undefined || claimant.kind === "anonymous") return {};
  return { author: { "@type": AUTHOR_TYPES[claimant.kind], name: claimant.label } };
}
