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
  const byFragment = new Map(citing.map((entry) => [entry.citation.fragment, entry]));
  const numbers = new Map<string, number>();
  const aside = (notes: Array<{ fragment: string; number: number }>) => {
    for (const { fragment, number } of notes) numbers.set(fragment, number);
    // One entry per fact-check: a claim quoting two passages of the block is named once, with
    // both numbers, rather than once per passage.
    const groups = new Map<string, Array<{ entry: Citing; number: number }>>();
    for (const { fragment, number } of notes) {
      const entry = byFragment.get(fragment);
      if (!entry) continue;
      const group = groups.get(entry.claim.id) ?? [];
      group.push({ entry, number });
      groups.set(entry.claim.id, group);
    }
    const items = [...groups.values()].map((group) => {
      const [first] = group as [{ entry: Citing; number: number }];
      const { claim, citation } = first.entry;
      const numbered =
        group.length > 1 ? { dataNumbers: group.map((g) => g.number).join(", ") } : {};
      return h(
        "li",
        {
          value: first.number,
          dataNoteFor: group.map((g) => g.entry.citation.fragment).join(" "),
          ...numbered,
        },
        [
          h(
            "a",
            { href: `${options.href(`claims/${claim.id}/`)}#citation-${citation.id}` },
            leadText(claim),
          ),
          " ",
          h("span.verdict", { dataVerdict: claim.verdict.key }, claim.verdict.label),
        ],
      );
    });
    // Not a landmark: a page of forty quoted blocks would list forty « complementary » regions
    // of one name. The list keeps the name.
    return h("aside.notes", { dataPagefindIgnore: "" }, [
      h("details", [
        h("summary", options.citedBy(items.length)),
        h("ol", { ariaLabel: options.notesLabel }, items),
      ]),
    ]);
  };
  const { file, data } = source;
  const html = renderSource(source.tree, file.body, file.bodyOffset, ranges, aside);
  const passages = citing
    .map(({ claim, citation }) => ({
      fragment: citation.fragment,
      number: numbers.get(citation.fragment) ?? 0,
      citations: [
        { claimId: claim.id, claim: claim.claim, citationId: citation.id, verdict: claim.verdict },
      ],
    }))
    .sort((a, b) => a.number - b.number);
  return {
    id: source.id,
    title: data.title,
    titleByEditor: data.titleByEditor === true,
    publisher: data.publisher,
    published: data.published,
    archived: data.archived,
    url: data.url,
    lang: data.lang ?? siteLang,
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
