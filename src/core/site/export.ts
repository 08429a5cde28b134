/**
 * The machine-readable export of every fact-check, for anyone who reuses the
 * data: claims, verdicts, citations located in their sources, and the same
 * ClaimReview and annotations the pages publish. Its index and parts are in
 * export-parts.ts.
 */
import { citationAnnotations } from "./annotations.ts";
import { claimReview } from "./claim-review.ts";
import type { CitationView, ClaimView, VerdictView } from "./view-model.ts";

/** The site's settings and URLs the export needs. */
export interface ExportContext {
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Absolute URL of a claim page, from the claim's id. */
  pageUrl: (claimId: string) => string;
  /** Absolute URL of a source page, from the source's id. */
  sourceUrl: (sourceId: string) => string;
  /** Who publishes the fact-checks. */
  publisher: { name: string; url?: string | undefined };
  /** The numeric ends of the rating scale, which verdict values sit between. */
  scale: { best: number; worst: number };
  /** The verdicts of the scale, in its order (best first, those outside it last). */
  verdicts?: readonly VerdictView[] | undefined;
  /** The site's language (BCP 47). */
  lang: string;
  /** When the export was made; by default the latest date of the claims, so a build is reproducible. */
  generated?: string | undefined;
}

/** The scale as the export describes it: its ends, and its verdicts in the scale's order. */
export function exportScale(context: ExportContext): Record<string, unknown> {
  return {
    best: context.scale.best,
    worst: context.scale.worst,
    verdicts: (context.verdicts ?? []).map(({ key, label, value, description }) => ({
      key,
      label,
      value: value ?? null,
      description,
    })),
  };
}

/**
 * One claim as the export holds it: its verdict, citations located in their
 * sources, ClaimReview and Web Annotations; one line of a part of the export.
 *
 * Its shape is fixed: every object has the same keys in the same order, and
 * a value the claim does not have is `null` (never a missing key), so that a
 * consumer can read `claim.updated` without testing for it. Lists are empty
 * rather than null. The embedded `claimReview` and `annotations` are the
 * schema.org and W3C objects as published, and follow their own formats,
 * which omit what is unknown.
 */
export function exportRecord(claim: ClaimView, context: ExportContext): Record<string, unknown> {
  const pageUrl = context.pageUrl(claim.id);
  return {
    id: claim.id,
    url: pageUrl,
    headline: claim.headline ?? null,
    claim: claim.claim,
    verbatim: claim.verbatim,
    claimant: claim.claimant?.label ?? null,
    claimantKind: claim.claimant?.kind ?? null,
    claimDate: claim.claimDate ?? null,
    appearance:
      claim.appearance === undefined
        ? null
        : {
            platform: claim.appearance.platform,
            date: claim.appearance.date ?? null,
            url: claim.appearance.url ?? null,
            archived: claim.appearance.archived ?? null,
          },
    verdict: {
      key: claim.verdict.key,
      label: claim.verdict.label,
      value: claim.verdict.value ?? null,
    },
    summary: claim.summary,
    published: claim.published,
    updated: claim.updated ?? null,
    lang: claim.lang,
    authors: [...claim.authors],
    tags: claim.tags.map((tag) => tag.label),
    corrections: claim.corrections.map(({ date, note, previousVerdict }) => ({
      date,
      note,
      previousVerdict: previousVerdict?.key ?? null,
    })),
    citations: claim.citations.map((citation) => exportCitation(citation, context)),
    // The claim's own language: its text and summary are what the review states.
    claimReview: claimReview(claim, {
      pageUrl,
      publisher: context.publisher,
      scale: context.scale,
      lang: claim.lang,
    }),
    annotations: citationAnnotations(claim, { pageUrl, sourceUrl: context.sourceUrl }),
  };
}

function exportCitation(citation: CitationView, context: ExportContext): Record<string, unknown> {
  const { source } = citation;
  const page = context.sourceUrl(source.id);
  return {
    id: citation.id,
    quote: citation.quote,
    note: citation.note ?? null,
    source: {
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      published: source.published,
      url: source.url ?? null,
      page,
    },
    passage: `${page}#${citation.fragment}`,
    original: citation.originalUrl ?? null,
    parts: citation.parts.map(({ exact, prefix, suffix, start, end }) => ({
      exact,
      prefix,
      suffix,
      start,
      end,
    })),
  };
}

/** The latest publication, update or correction date of `claims` (ISO dates sort as text). */
export function latestDate(claims: readonly ClaimView[]): string | null {
  let latest: string | null = null;
  for (const claim of claims) {
    const dates = [claim.published, claim.updated, ...claim.corrections.map(({ date }) => date)];
    for (const date of dates) {
      if (date !== undefined && (latest === null || date > latest)) latest = date;
    }
  }
  return latest;
}
