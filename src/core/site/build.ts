/**
 * From a checked corpus to the view model the pages render: claims newest
 * first, sources with their passages marked, verdicts in the site's language.
 * Drafts are verified by the check but left out of the site.
 */
import { h } from "hastscript";
import type { Claim, LocatedCitation } from "../claims.ts";
import type { Corpus } from "../corpus.ts";
import type { Part } from "../locate.ts";
import type { Verdict } from "../schema/settings.ts";
import type { Source } from "../sources.ts";
import type { MarkRange } from "./marks.ts";
import type { CitationView, ClaimView, SourceView, VerdictView } from "./model.ts";
import { renderClaimBody, renderSource } from "./render.ts";
import { slugify } from "./slug.ts";
import { textFragmentUrl } from "./text-fragment.ts";

/** The whole site, ready to render. */
export interface SiteModel {
  claims: ClaimView[];
  sources: SourceView[];
  verdicts: VerdictView[];
}

/** What building needs besides the corpus. */
export interface BuildOptions {
  /** The interface language. */
  lang: "fr" | "en";
  /** Turns a path relative to the site's base (`claims/x/`) into a link. */
  href: (path: string) => string;
  /** "Cité par": the title of the list of claims under a passage. */
  citedBy: string;
  /** The accessible name of a numbered `[@id]` link. */
  citationLabel: (number: number) => string;
}

/** How many characters of context a part's prefix and suffix keep. */
const CONTEXT = 32;

/** Builds the view model of a corpus that has no error. */
export function buildSite(corpus: Corpus, options: BuildOptions): SiteModel {
  const ratings = corpus.ratings;
  if (!corpus.site || !ratings) throw new Error("The settings are invalid: run the check first.");
  const verdicts = ratings.verdicts.map((verdict) => verdictView(verdict, options.lang));
  const verdictByKey = new Map(verdicts.map((verdict) => [verdict.key, verdict]));
  const published = corpus.claims.filter((claim) => claim.data.draft !== true);

  const claims = published
    .map((claim) =>
      claimView(claim, corpus, verdictByKey, options, corpus.site?.lang ?? options.lang),
    )
    .sort((a, b) =>
      a.published < b.published ? 1 : a.published > b.published ? -1 : a.id.localeCompare(b.id),
    );

  const citing = citingBySource(claims);
  // The located parts carry file offsets, which place the marks.
  const located = new Map<string, LocatedCitation>();
  for (const claim of published) {
    for (const citation of claim.citations) located.set(`${claim.id}--${citation.id}`, citation);
  }
  const sources = [...corpus.sources.values()]
    .map((source) => sourceView(source, citing.get(source.id) ?? [], located, options))
    .sort((a, b) => a.title.localeCompare(b.title, options.lang));
  return { claims, sources, verdicts };
}

function verdictView(verdict: Verdict, lang: "fr" | "en"): VerdictView {
  return {
    key: verdict.key,
    label: verdict.label[lang],
    description: verdict.description[lang],
    color: verdict.color,
    value: verdict.value,
  };
}

function claimView(
  claim: Claim,
  corpus: Corpus,
  verdicts: Map<string, VerdictView>,
  options: BuildOptions,
  siteLang: string,
): ClaimView {
  const { data } = claim;
  const ids = data.citations.map((citation) => citation.id);
  return {
    id: claim.id,
    claim: data.claim,
    claimant: data.claimant ? { label: data.claimant, slug: slugify(data.claimant) } : undefined,
    claimDate: data.claimDate,
    appearance: data.appearance,
    verdict: verdicts.get(data.verdict) as VerdictView,
    summary: data.summary,
    published: data.published,
    updated: data.updated,
    authors: data.authors ?? [],
    tags: (data.tags ?? []).map((label) => ({ label, slug: slugify(label) })),
    lang: data.lang ?? siteLang,
    corrections: data.corrections ?? [],
    bodyHtml: renderClaimBody(claim.file.body, ids, (id) =>
      options.citationLabel(ids.indexOf(id) + 1),
    ),
    citations: claim.citations.map((citation) => citationView(claim, citation, corpus)),
  };
}

function citationView(claim: Claim, citation: LocatedCitation, corpus: Corpus): CitationView {
  const source = corpus.sources.get(citation.source) as Source;
  const text = source.text.visible.text;
  const parts = citation.parts.map((part) => partView(text, part, source));
  return {
    id: citation.id,
    quote: citation.quote,
    note: citation.note,
    source: {
      id: source.id,
      title: source.data.title,
      publisher: source.data.publisher,
      published: source.data.published,
      url: source.data.url,
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

/** One entry per claim: a claim that quotes a block twice is listed once, linked to its first quote. */
function firstPerClaim(
  fragments: string[],
  byFragment: Map<string, { claim: ClaimView; citation: CitationView }>,
) {
  const seen = new Set<string>();
  return fragments.flatMap((fragment) => {
    const entry = byFragment.get(fragment);
    if (!entry || seen.has(entry.claim.id)) return [];
    seen.add(entry.claim.id);
    return [{ ...entry, fragment }];
  });
}

/** A citation and its claim. */
type Citing = { claim: ClaimView; citation: CitationView };

/** The citations of every claim, by the id of the source they cite: one pass, not one per source. */
function citingBySource(claims: ClaimView[]): Map<string, Citing[]> {
  const bySource = new Map<string, Citing[]>();
  for (const claim of claims) {
    for (const citation of claim.citations) {
      const list = bySource.get(citation.source.id) ?? [];
      list.push({ claim, citation });
      bySource.set(citation.source.id, list);
    }
  }
  return bySource;
}

function sourceView(
  source: Source,
  citing: Citing[],
  located: Map<string, LocatedCitation>,
  options: BuildOptions,
): SourceView {
  const ranges: MarkRange[] = citing.flatMap(({ citation }) =>
    (located.get(citation.fragment)?.parts ?? []).map((part) => ({
      fragment: citation.fragment,
      fileStart: part.fileStart,
      fileEnd: part.fileEnd,
    })),
  );
  const byFragment = new Map(citing.map((entry) => [entry.citation.fragment, entry]));
  const aside = (fragments: string[]) =>
    h("aside.cited-by", { dataPagefindIgnore: "" }, [
      h("p.cited-by__title", options.citedBy),
      h(
        "ul",
        firstPerClaim(fragments, byFragment).map(({ claim, citation, fragment }) => {
          return h("li", [
            h(
              "a",
              {
                href: `${options.href(`claims/${claim.id}/`)}#citation-${citation.id}`,
                dataPassage: fragment,
              },
              claim.claim,
            ),
            " ",
            h("span.verdict", { dataVerdict: claim.verdict.key }, claim.verdict.label),
          ]);
        }),
      ),
    ]);
  const { file, data } = source;
  const html = renderSource(source.tree, file.body, file.bodyOffset, ranges, aside);
  const passages = citing
    .map(({ claim, citation }) => ({
      fragment: citation.fragment,
      start: citation.parts[0]?.start ?? 0,
      excerpt: citation.parts.map((part) => part.exact).join(" […] "),
      citations: [
        { claimId: claim.id, claim: claim.claim, citationId: citation.id, verdict: claim.verdict },
      ],
    }))
    .sort((a, b) => a.start - b.start)
    .map(({ start: _start, ...passage }) => passage);
  return {
    id: source.id,
    title: data.title,
    publisher: data.publisher,
    published: data.published,
    archived: data.archived,
    url: data.url,
    lang: data.lang ?? "fr",
    author:
      data.author === undefined ? [] : Array.isArray(data.author) ? data.author : [data.author],
    note: data.note,
    html,
    passages,
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
