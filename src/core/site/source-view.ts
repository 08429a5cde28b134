/**
 * A source as its page shows it: the archived text with every quoted passage
 * marked, an aside under each block that lists the claims quoting it, and the
 * list of passages.
 */
import { h } from "hastscript";
import type { LocatedCitation } from "../check/claims.ts";
import type { Source } from "../check/sources.ts";
import { captureLink } from "./capture-link.ts";
import type { MarkRange } from "./marks.ts";
import { renderSource } from "./render.ts";
import type { BuildOptions, CitationView, ClaimView, SourceView } from "./view-model.ts";

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
    lang: data.lang ?? siteLang,
    author:
      data.author === undefined ? [] : Array.isArray(data.author) ? data.author : [data.author],
    note: data.note,
    capture: data.capture ? captureLink(data.capture) : undefined,
    html,
    passages,
  };
}
