/**
 * A source as its page shows it: the archived text with every quoted passage
 * marked and numbered, beside each block the numbered notes of the claims
 * quoting it (a disclosure on a narrow screen), and the passages in reading order.
 */
import type { LocatedCitation } from "../check/claims.ts";
import type { Source } from "../check/sources.ts";
import { captureLink } from "./capture-link.ts";
import { leadText } from "./headline.ts";
import type { MarkRange } from "./marks.ts";
import {
  notesByPassage,
  type RenderedText,
  renderSourceText,
  type SourceText,
} from "./source-text.ts";
import type { BuildOptions, CitationView, ClaimView, SourceView } from "./view-model.ts";

/** A citation and its claim. */
export type Citing = { claim: ClaimView; citation: CitationView };

/** The citations of every claim, by the id of the source they cite: one pass, not one per source. */
export function citingBySource(claims: ClaimView[]): Map<string, Citing[]> {
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

/**
 * What the text of `source` is rendered from (source-text.ts): its body, the parts of each
 * citation quoting it, and what each one's note names.
 */
export function sourceText(
  source: Source,
  citing: Citing[],
  located: ReadonlyMap<string, LocatedCitation>,
  options: BuildOptions,
  siteLang: string,
): SourceText {
  const ranges: MarkRange[] = citing.flatMap(({ citation }) =>
    (located.get(citation.fragment)?.parts ?? []).map((part) => ({
      fragment: citation.fragment,
      fileStart: part.fileStart,
      fileEnd: part.fileEnd,
    })),
  );
  const notes = citing.map(({ claim, citation }) => ({
    fragment: citation.fragment,
    claimId: claim.id,
    href: `${options.href(`claims/${claim.id}/`)}#citation-${citation.id}`,
    lead: leadText(claim),
    verdict: { key: claim.verdict.key, label: claim.verdict.label },
    lang: claim.lang,
  }));
  return {
    id: source.id,
    body: source.file.body,
    bodyOffset: source.file.bodyOffset,
    ranges,
    notes,
    lang: source.data.lang ?? siteLang,
    notesLabel: options.notesLabel,
    citedBy: Array.from({ length: citing.length + 2 }, (_, count) => options.citedBy(count)),
  };
}

/**
 * The view of a source, with the citations that quote it and their located parts (by
 * fragment); its text as `rendered` (by a worker, from this very {@link sourceText}), or
 * rendered here.
 */
export function sourceView(
  source: Source,
  citing: Citing[],
  located: ReadonlyMap<string, LocatedCitation>,
  options: BuildOptions,
  siteLang: string,
  rendered?: RenderedText,
): SourceView {
  const { html, numbers: numbered } =
    rendered ??
    renderSourceText(source.tree, sourceText(source, citing, located, options, siteLang));
  const lang = source.data.lang ?? siteLang;
  const byFragment = new Map(citing.map((entry) => [entry.citation.fragment, entry]));
  const numbers = new Map(numbered);
  const { data } = source;
  const passages = [
    ...notesByPassage(
      citing.map(({ citation }) => ({
        fragment: citation.fragment,
        number: numbers.get(citation.fragment) ?? 0,
      })),
      byFragment,
    ),
  ]
    .sort(([a], [b]) => a - b)
    .map(([number, entries]) => ({
      number,
      fragments: entries.map((entry) => entry.citation.fragment),
      citations: entries.map(({ claim, citation }) => ({
        claimId: claim.id,
        claim: claim.claim,
        citationId: citation.id,
        verdict: claim.verdict,
      })),
    }));
  return {
    id: source.id,
    title: data.title,
    titleByEditor: data.titleByEditor === true,
    publisher: data.publisher,
    published: data.published,
    archived: data.archived,
    url: data.url,
    lang,
    author:
      data.author === undefined ? [] : Array.isArray(data.author) ? data.author : [data.author],
    note: data.note,
    unrecorded: unrecorded(data),
    capture: data.capture ? captureLink(data.capture) : undefined,
    html,
    passages,
  };
}

/** What a publisher field says when the copy does not tell: the page then says "not recorded" once. */
const UNRECORDED = /^(non renseigné|non relevé|inconnu|not recorded|unknown|n\/a)$/i;

/** Whether a publisher field names a publisher, rather than saying that the copy does not tell. */
export function isRecorded(publisher: string): boolean {
  return !UNRECORDED.test(publisher.trim());
}

/** The fields of a source that were not recorded, in the order the page names them. */
function unrecorded(data: Source["data"]): SourceView["unrecorded"] {
  const missing: SourceView["unrecorded"] = [];
  if (!isRecorded(data.publisher)) missing.push("publisher");
  if (data.author === undefined) missing.push("author");
  if (data.url === undefined) missing.push("url");
  if (data.archived === undefined && data.capture === undefined) missing.push("archived");
  return missing;
}
