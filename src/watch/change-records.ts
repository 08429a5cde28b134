/**
 * The changes of an original as `watch.json` records them: the old and the
 * new words with a few words around them, the citations they stand near, the
 * nearest the cited passages first, a bounded number of them.
 */
import { locate, type QuoteQuery } from "../core/quote/locate.ts";
import type { Searchable } from "../core/quote/searchable.ts";
import { type Change, MAX_CHANGE_CHARS } from "../core/schema/watch.ts";
import type { WordChange, Words } from "./word-changes.ts";

/** A citation of the source, with the claim it belongs to. */
export interface WatchedCitation extends QuoteQuery {
  claim: string;
  citation: string;
}

/** The most changes recorded for one source: enough to see what happened, not a copy of the article. */
export const MAX_CHANGES = 12;

/** Words of context shown on each side of a change. */
const CONTEXT_WORDS = 6;

/** A change within this many words of a cited passage stands near it. */
const NEAR_WORDS = 60;

/** The records of `changes` of the archived text `archived` (`words` its words), cited by `citations`. */
export function changeRecords(
  changes: readonly WordChange[],
  archived: Searchable,
  words: Words,
  citations: readonly WatchedCitation[],
): Change[] {
  const cited = citations.flatMap((citation) => {
    const found = locate(archived, citation);
    const parts = found.kind === "found" ? found.parts : [];
    const first = parts[0];
    const last = parts.at(-1);
    if (!first || !last) return [];
    const name = `${citation.claim}/${citation.citation}`;
    return [{ name, from: wordAt(words, first.start), to: wordAt(words, last.end - 1) }];
  });
  const records = changes.map((change, order) => {
    const end = change.at + Math.max(change.removed.length, 1) - 1;
    const near = cited.filter(
      ({ from, to }) => change.at <= to + NEAR_WORDS && end >= from - NEAR_WORDS,
    );
    const distance = Math.min(
      ...cited.map(({ from, to }) => Math.max(0, from - end, change.at - to)),
      Number.MAX_SAFE_INTEGER,
    );
    const before = words.shown.slice(Math.max(0, change.at - CONTEXT_WORDS), change.at);
    const after = words.shown.slice(
      change.at + change.removed.length,
      change.at + change.removed.length + CONTEXT_WORDS,
    );
    const record: Change = {
      old: clip(change.removed.join(" ")),
      new: clip(change.added.join(" ")),
      ...(before.length > 0 ? { before: clip(before.join(" "), "start") } : {}),
      ...(after.length > 0 ? { after: clip(after.join(" ")) } : {}),
      ...(near.length > 0 ? { near: [...new Set(near.map(({ name }) => name))].slice(0, 20) } : {}),
    };
    return { record, distance, order };
  });
  return records
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, MAX_CHANGES)
    .sort((a, b) => a.order - b.order)
    .map(({ record }) => record);
}

/** The index of the word of `words` that holds or follows offset `offset`. */
function wordAt(words: Words, offset: number): number {
  let low = 0;
  let high = words.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((words.starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** `text` cut to what a record holds, with an ellipsis where it was cut (at its start for the words before a change). */
function clip(text: string, cut: "start" | "end" = "end"): string {
  if (text.length <= MAX_CHANGE_CHARS) return text;
  const room = MAX_CHANGE_CHARS - 1;
  return cut === "end" ? `${text.slice(0, room).trimEnd()}…` : `…${text.slice(-room).trimStart()}`;
}
