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
}

/**
 * Returns the ClaimReview of `claim`, ready for JSON-LD. The rating carries
 * `ratingValue`, `bestRating` and `worstRating` only when the verdict has a
 * place on the scale (`Invérifiable` has none): a number there would claim a
 * precision the verdict does not have. The claimant is always a `Person`, even
 * a generic one such as « Message viral sur les réseaux sociaux »: telling
 * people from organisations would need a field claims do not have.
 */
export function claimReview(claim: ClaimView, context: ReviewContext): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url: context.pageUrl,
    claimReviewed: claim.claim,
    datePublished: claim.published,
    ...(claim.updated === undefined ? {} : { dateModified: claim.updated }),
    inLanguage: context.lang,
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

function reviewedClaim(claim: ClaimView): Record<string, unknown> {
  const appearance =
    claim.appearance === undefined
      ? {}
      : {
          appearance: [{ "@type": "CreativeWork", url: claim.appearance }],
          firstAppearance: { "@type": "CreativeWork", url: claim.appearance },
        };
  return {
    "@type": "Claim",
    ...(claim.claimant === undefined
      ? {}
      : { author: { "@type": "Person", name: claim.claimant.label } }),
    ...(claim.claimDate === undefined ? {} : { datePublished: claim.claimDate }),
    ...appearance,
  };
}
