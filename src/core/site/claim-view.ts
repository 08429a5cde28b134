/**
 * A claim as its page shows it: the reasoning rendered, each citation with its
 * source, its passage's fragment id, a link to the original at the passage,
 * and the parts of the quote with their context (for annotations).
 */
import type { Claim, LocatedCitation } from "../check/claims.ts";
import type { Source } from "../check/sources.ts";
import { slugify } from "../content/slug.ts";
import type { Part } from "../quote/locate.ts";
import type { Ratings, Verdict } from "../schema/settings.ts";
import { type RenderedBody, renderedBody } from "./bodies.ts";
import { readingOrder } from "./reading-order.ts";
import { renderClaimBody } from "./render.ts";
import { scalePosition } from "./scale.ts";
import { textFragmentUrl } from "./text-fragment.ts";
import { frenchSpacing } from "./typography.ts";
import { defaultIcon } from "./verdict-icons.ts";
import type { BuildOptions, CitationView, ClaimView, VerdictView } from "./view-model.ts";

/** How many characters of context a part's prefix and suffix keep. */
const CONTEXT = 32;

/** A verdict of `ratings` in the interface's language, with its icon and its place on the scale. */
export function verdictView(verdict: Verdict, lang: "fr" | "en", ratings: Ratings): VerdictView {
  return {
    key: verdict.key,
    label: verdict.label[lang],
    description: verdict.description[lang],
    color: verdict.color,
    value: verdict.value,
    icon: verdict.icon ?? defaultIcon(verdict.value, ratings),
    ...scalePosition(verdict, ratings.verdicts),
  };
}

/**
 * The view of a claim that has no error; its sources are in `sources`.
 * `prepared.rendered` is its reasoning as a worker rendered it, if any.
 */
export function claimView(
  claim: Claim,
  sources: ReadonlyMap<string, Source>,
  verdicts: Map<string, VerdictView>,
  options: BuildOptions,
  siteLang: string,
  prepared: { rendered?: RenderedBody | undefined } = {},
): ClaimView {
  const { data } = claim;
  const body = claim.file.body;
  // Numbered as the reader meets them in the reasoning, not as the file lists them.
  const ids = readingOrder(
    body,
    data.citations.map((citation) => citation.id),
  );
  const lang = data.lang ?? siteLang;
  const located = new Map(claim.citations.map((citation) => [citation.id, citation]));
  return {
    id: claim.id,
    headline: data.headline === undefined ? undefined : frenchSpacing(data.headline, lang),
    claim: frenchSpacing(data.claim, lang),
    verbatim: data.verbatim ?? false,
    claimant: data.claimant
      ? { label: data.claimant, slug: slugify(data.claimant), kind: data.claimantKind ?? "person" }
      : undefined,
    claimDate: data.claimDate,
    appearance: data.appearance && {
      platform: data.appearance.platform,
      date: data.appearance.date ?? data.claimDate,
      url: data.appearance.url,
      archived: data.appearance.archived,
    },
    verdict: verdicts.get(data.verdict) as VerdictView,
    summary: frenchSpacing(data.summary, lang),
    published: data.published,
    updated: data.updated,
    authors: data.authors ?? [],
    tags: (data.tags ?? []).map((label) => ({ label, slug: slugify(label) })),
    lang,
    corrections: (data.corrections ?? []).map((correction) => ({
      date: correction.date,
      note: frenchSpacing(correction.note, lang),
      previousVerdict: correction.previousVerdict
        ? pickVerdict(verdicts.get(correction.previousVerdict), correction.previousVerdict)
        : undefined,
    })),
    bodyHtml:
      renderedBody(prepared.rendered, body, ids, lang) ??
      renderClaimBody(body, ids, (id) => options.citationLabel(ids.indexOf(id) + 1), lang),
    citations: ids.flatMap((id) => {
      const citation = located.get(id);
      return citation ? [citationView(claim, citation, sources, lang, siteLang)] : [];
    }),
  };
}

/** The key and label of a verdict, or its bare key when the scale no longer has it. */
function pickVerdict(verdict: VerdictView | undefined, key: string) {
  return { key, label: verdict?.label ?? key };
}

function citationView(
  claim: Claim,
  citation: LocatedCitation,
  sources: ReadonlyMap<string, Source>,
  lang: string,
  siteLang: string,
): CitationView {
  const source = sources.get(citation.source) as Source;
  const text = source.text.visible.text;
  const parts = citation.parts.map((part) => partView(text, part, source));
  return {
    id: citation.id,
    quote: citation.quote,
    shown: citation.parts
      .map((part) => text.slice(part.start, part.end).replace(/[ \t\r\n]+/g, " "))
      .join(" […] "),
    note: citation.note === undefined ? undefined : frenchSpacing(citation.note, lang),
    source: {
      id: source.id,
      title: source.data.title,
      publisher: source.data.publisher,
      published: source.data.published,
      url: source.data.url,
      lang: source.data.lang ?? siteLang,
    },
    fragment: `${claim.id}--${citation.id}`,
    originalUrl: source.data.url ? textFragmentUrl(source.data.url, parts) : undefined,
    parts,
  };
}

function partView(text: string, part: Part, source: Source) {
  const block = source.text.visible.blocks.find((b) => b.start <= part.start && part.end <= b.end);
  const from = Math.max(block?.start ?? 0, part.start - CONTEXT);
  const to = Math.min(block?.end ?? text.length, part.end + CONTEXT);
  const collapse = (value: string) => value.replace(/\s+/gu, " ");
  // Web Annotation positions count code points: the tweet's bold letters are two UTF-16 units each.
  const points = codePointOffsets(source);
  const start = points[part.start] ?? 0;
  return {
    exact: collapse(text.slice(part.start, part.end)),
    prefix: collapse(text.slice(from, part.start)),
    suffix: collapse(text.slice(part.end, to)),
    start,
    end: points[part.end] ?? start,
  };
}

const codePointCache = new WeakMap<Source, Int32Array>();

/** For each UTF-16 offset of a source's visible text, the number of code points before it. */
function codePointOffsets(source: Source): Int32Array {
  let points = codePointCache.get(source);
  if (points) return points;
  const text = source.text.visible.text;
  points = new Int32Array(text.length + 1);
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    points[i] = count;
    const code = text.charCodeAt(i);
    // The low half of a surrogate pair does not start a code point.
    if (code < 0xdc00 || code > 0xdfff) count++;
  }
  points[text.length] = count;
  codePointCache.set(source, points);
  return points;
}
