/**
 * A source as its page shows it: the archived text with every quoted passage
 * marked and numbered, beside each block the numbered notes of the claims
 * quoting it (a disclosure on a narrow screen), and the passages in reading order.
 */
import { h } from "hastscript";
import type { LocatedCitation } from "../check/claims.ts";
import type { Source } from "../check/sources.ts";
import { captureLink } from "./capture-link.ts";
import { leadText } from "./headline.ts";
import type { MarkRange } from "./marks.ts";
import { renderSource } from "./render.ts";
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

/** The view of a source, with the citations that quote it and their located parts (by fragment). */
export function sourceView(
  source: Source,
  citing: Citing[],
  located: ReadonlyMap<string, LocatedCitation>,
  options: BuildOptions,
  siteLang: string,
): SourceView {
  const ranges: MarkRange[] = citing.flatMap(({ citation }) =>
    (located.get(citation.fragment)?.parts ?? []).map((part) => ({
      fragment: citation.fragment,
      fileStart: part.fileStart,
      fileEnd: part.fileEnd,
    })),
  );
  const lang = source.data.lang ?? siteLang;
  const byFragment = new Map(citing.map((entry) => [entry.citation.fragment, entry]));
  const numbers = new Map<string, number>();
  const aside = (notes: Array<{ fragment: string; number: number }>) => {
    for (const { fragment, number } of notes) numbers.set(fragment, number);
    const items = [...passagesOf(notes, byFragment)].map(([number, entries]) =>
      // One entry per passage, naming every fact-check that quotes it, each once.
      h(
        "li",
        { value: number, dataNoteFor: entries.map((entry) => entry.citation.fragment).join(" ") },
        [...claimsOf(entries)].map((cites) => noteClaim(cites, lang, options)),
      ),
    );
    // Not a landmark: a page of forty quoted blocks would list forty « complementary » regions
    // of one name. The list keeps the name.
    return h("aside.notes", { dataPagefindIgnore: "" }, [
      h("details", [
        h(
          "summary",
          options.citedBy(
            new Set(notes.map((note) => byFragment.get(note.fragment)?.claim.id)).size,
          ),
        ),
        h("ol", { ariaLabel: options.notesLabel }, items),
      ]),
    ]);
  };
  const { file, data } = source;
  const html = renderSource(source.tree, file.body, file.bodyOffset, ranges, aside);
  const passages = [
    ...passagesOf(
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

/** The citations of each passage, by its number, in the order given. */
function passagesOf(
  notes: Array<{ fragment: string; number: number }>,
  byFragment: ReadonlyMap<string, Citing>,
): Map<number, Citing[]> {
  const passages = new Map<number, Citing[]>();
  for (const { fragment, number } of notes) {
    const entry = byFragment.get(fragment);
    if (entry) passages.set(number, [...(passages.get(number) ?? []), entry]);
  }
  return passages;
}

/** The fact-checks among a passage's citations, each once, with the fragments it cites there. */
function claimsOf(entries: Citing[]): Map<string, Citing[]> {
  const claims = new Map<string, Citing[]>();
  for (const entry of entries)
    claims.set(entry.claim.id, [...(claims.get(entry.claim.id) ?? []), entry]);
  return claims;
}

/**
 * A fact-check in a passage's note: its headline or claim, linked to its quote, and its verdict,
 * tagged with its language when it is not the page's. `data-cites` names its fragments, for the
 * arrival banner to pick the one a reader came from.
 */
function noteClaim([, cites]: [string, Citing[]], pageLang: string, options: BuildOptions) {
  const [{ claim, citation }] = cites as [Citing];
  const fragments = cites.map((c) => c.citation.fragment).join(" ");
  const lang = claim.lang === pageLang ? undefined : claim.lang;
  return h("span.notes__claim", { dataCites: fragments, lang }, [
    h(
      "a",
      { href: `${options.href(`claims/${claim.id}/`)}#citation-${citation.id}` },
      leadText(claim),
    ),
    " ",
    h("span.verdict", { dataVerdict: claim.verdict.key }, claim.verdict.label),
  ]);
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
