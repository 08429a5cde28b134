/**
 * The citations of a claim as W3C Web Annotations
 * (https://www.w3.org/TR/annotation-model/): each says "this passage of this
 * source, and what the fact-check draws from it", in a form annotation tools
 * (Hypothesis and the like) can anchor on our source page and on the original.
 */
import type { CitationView, ClaimView } from "./view-model.ts";

/** Where the annotations point: absolute URLs of the site's pages. */
export interface AnnotationContext {
  /** Absolute URL of the claim page. */
  pageUrl: string;
  /** Absolute URL of a source page, from the source's id. */
  sourceUrl: (sourceId: string) => string;
}

/**
 * Returns one Annotation per citation of `claim`, with the id
 * `<pageUrl>#citation-<id>` (the citation's card on the claim page).
 *
 * Its body is the citation's note, or else the claim's summary. Its targets are,
 * for each part of the quoted passage, the source page with a
 * `TextQuoteSelector` (exact, and prefix and suffix when not empty) and a
 * `TextPositionSelector`; then, when the source has an original url, the
 * original with the `TextQuoteSelector` alone, since offsets in our archive
 * mean nothing on another page. Positions are the parts' `start` and `end`:
 * offsets in the source's reader-visible text (Markdown syntax dropped, blocks
 * separated by one blank line, `\n\n`), which the annotation model wants
 * counted in Unicode code points, not UTF-16 units (they differ after the
 * tweet's mathematical bold letters).
 *
 * The motivation is `commenting`. The model has no `quoting`; `assessing`
 * would judge the passage, whereas the fact-check judges the claim and relies
 * on the passage; `highlighting` would leave the body unexplained. The body
 * says what the passage shows for the claim: a comment on it.
 */
export function citationAnnotations(
  claim: ClaimView,
  context: AnnotationContext,
): Array<Record<string, unknown>> {
  return claim.citations.map((citation) => ({
    "@context": "http://www.w3.org/ns/anno.jsonld",
    id: `${context.pageUrl}#citation-${citation.id}`,
    type: "Annotation",
    motivation: "commenting",
    created: dateTime(claim.published),
    ...(claim.updated === undefined ? {} : { modified: dateTime(claim.updated) }),
    body: {
      type: "TextualBody",
      value: citation.note ?? claim.summary,
      format: "text/plain",
      language: claim.lang,
    },
    target: targets(citation, context.sourceUrl(citation.source.id)),
  }));
}

function targets(citation: CitationView, sourcePage: string): Array<Record<string, unknown>> {
  const onPage = citation.parts.map((part) => ({
    type: "SpecificResource",
    source: sourcePage,
    selector: [
      quoteSelector(part),
      { type: "TextPositionSelector", start: part.start, end: part.end },
    ],
  }));
  const original = citation.source.url;
  if (original === undefined) return onPage;
  const onOriginal = citation.parts.map((part) => ({
    type: "SpecificResource",
    source: original,
    selector: quoteSelector(part),
  }));
  return [...onPage, ...onOriginal];
}

function quoteSelector(part: CitationView["parts"][number]): Record<string, unknown> {
  return {
    type: "TextQuoteSelector",
    exact: part.exact,
    ...(part.prefix === "" ? {} : { prefix: part.prefix }),
    ...(part.suffix === "" ? {} : { suffix: part.suffix }),
  };
}

/** The model asks for xsd:dateTime with a time zone; claims give a bare date. */
function dateTime(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date;
}
