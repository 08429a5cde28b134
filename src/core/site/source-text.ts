/**
 * A source page's text: the archived Markdown rendered with every quoted passage marked and
 * numbered, beside each block where passages begin the notes naming the fact-checks that
 * quote them. What it is rendered from is plain data ({@link SourceText}), so that the build
 * can render the sources on its worker pool while this thread waits (source-texts.ts): a
 * worker parses the body again, the same Markdown giving the same tree, and renders the same
 * HTML.
 */

import { h } from "hastscript";
import type { Root } from "mdast";
import type { MarkRange } from "./marks.ts";
import { renderSource } from "./render.ts";

/** A fact-check quoting a passage, as the passage's note names it. */
export interface NoteClaim {
  /** The fragment of the citation: `<claim>--<citation>`. */
  fragment: string;
  claimId: string;
  /** The link to the citation's card on the fact-check's page. */
  href: string;
  /** The fact-check's headline or claim, as its links show it. */
  lead: string;
  verdict: { key: string; label: string };
  /** The fact-check's language. */
  lang: string;
}

/** What a source's text is rendered from. */
export interface SourceText {
  id: string;
  /** The body's Markdown, which starts at `bodyOffset` of the file. */
  body: string;
  bodyOffset: number;
  /** The quoted parts to mark, by file offsets. */
  ranges: MarkRange[];
  /** Each citation quoting the source, in the order the page takes them. */
  notes: NoteClaim[];
  /** The source's language: a note in another is tagged with its own. */
  lang: string;
  /** The accessible name of a block's notes. */
  notesLabel: string;
  /** "Cité par 2 vérifications", by the number of fact-checks ([0] unused). */
  citedBy: string[];
}

/** The rendered text, and the note number of each fragment that has a mark. */
export interface RenderedText {
  html: string;
  numbers: Array<[fragment: string, number: number]>;
}

/** Renders `text`, whose body's Markdown tree is `tree`. */
export function renderSourceText(tree: Root, text: SourceText): RenderedText {
  const byFragment = new Map(text.notes.map((note) => [note.fragment, note]));
  const numbers: RenderedText["numbers"] = [];
  const aside = (notes: Array<{ fragment: string; number: number }>) => {
    for (const { fragment, number } of notes) numbers.push([fragment, number]);
    const items = [...notesByPassage(notes, byFragment)].map(([number, entries]) =>
      // One entry per passage, naming every fact-check that quotes it, each once.
      h(
        "li",
        { value: number, dataNoteFor: entries.map((entry) => entry.fragment).join(" ") },
        [...byClaim(entries).values()].map((cites) => noteClaim(cites, text.lang)),
      ),
    );
    const claims = new Set(notes.map((note) => byFragment.get(note.fragment)?.claimId)).size;
    // Not a landmark: a page of forty quoted blocks would list forty « complementary » regions
    // of one name. The list keeps the name.
    return h("aside.notes", { dataPagefindIgnore: "" }, [
      h("details", [
        h("summary", text.citedBy[claims] ?? ""),
        h("ol", { ariaLabel: text.notesLabel }, items),
      ]),
    ]);
  };
  const html = renderSource(tree, text.body, text.bodyOffset, text.ranges, aside);
  return { html, numbers };
}

/** The notes of each passage, by its number, in the order given. */
export function notesByPassage<T>(
  notes: ReadonlyArray<{ fragment: string; number: number }>,
  byFragment: ReadonlyMap<string, T>,
): Map<number, T[]> {
  const passages = new Map<number, T[]>();
  for (const { fragment, number } of notes) {
    const entry = byFragment.get(fragment);
    if (entry) passages.set(number, [...(passages.get(number) ?? []), entry]);
  }
  return passages;
}

/** The fact-checks among a passage's notes, each once, with the fragments it cites there. */
function byClaim(entries: NoteClaim[]): Map<string, NoteClaim[]> {
  const claims = new Map<string, NoteClaim[]>();
  for (const entry of entries)
    claims.set(entry.claimId, [...(claims.get(entry.claimId) ?? []), entry]);
  return claims;
}

/**
 * A fact-check in a passage's note: its headline or claim, linked to its quote, and its verdict,
 * tagged with its language when it is not the page's. `data-cites` names its fragments, for the
 * arrival banner to pick the one a reader came from.
 */
function noteClaim(cites: NoteClaim[], pageLang: string) {
  const [first] = cites as [NoteClaim];
  const fragments = cites.map((cite) => cite.fragment).join(" ");
  const lang = first.lang === pageLang ? undefined : first.lang;
  return h("span.notes__claim", { dataCites: fragments, lang }, [
    h("a", { href: first.href }, first.lead),
    " ",
    h("span.verdict", { dataVerdict: first.verdict.key }, first.verdict.label),
  ]);
}
