/**
 * Finding a quote in a source's visible text: exact match after normalisation,
 * `[…]` elisions, `prefix`/`suffix` to tell identical passages apart, and for a
 * miss the closest passage.
 */
import { type Closest, closestPassage } from "./closest.ts";
import type { Searchable } from "./searchable.ts";
import { normalizeText } from "./text.ts";

/** What a citation asks for. */
export interface QuoteQuery {
  /** The quoted text; `[…]` or `[...]` marks an elision. */
  quote: string;
  /** Text just before the quote in the source. */
  prefix?: string | undefined;
  /** Text just after the quote in the source. */
  suffix?: string | undefined;
}

/** A located piece of a quote, within one block of the source. */
export interface Part {
  /** Offset of the piece in the visible text. */
  start: number;
  /** Offset just after the piece in the visible text. */
  end: number;
  /** Offset of the piece in the source file. */
  fileStart: number;
  /** Offset just after the piece in the source file. */
  fileEnd: number;
}

/** The outcome of {@link locate}. */
export type Location =
  | { kind: "found"; parts: Part[] }
  | { kind: "ambiguous"; matches: Part[][] }
  | { kind: "not-found"; part: string; closest: Closest | undefined }
  | { kind: "context-mismatch"; matches: Part[][] }
  | { kind: "empty" };

/**
 * The furthest apart, in normalised characters, two parts of an elided quote
 * may stand: about three sentences, so that `[…]` shortens a passage but cannot
 * stitch together words from anywhere in the article. Nor may an elision leave
 * out a whole block (paragraph, heading, list item): it may cross from the end
 * of one paragraph into the next, which continues it, but a quote that jumps
 * over a paragraph joins passages that the source kept apart.
 */
export const MAX_ELISION_GAP = 400;

/** An elision in a quote, `[…]` or `[...]`, with the white space around it. */
export const ELISION = /\s*\[\s*(?:\.\.\.|…)\s*\]\s*/u;

/**
 * Splits a quote into the parts that its elisions separate, normalised. The
 * last quote's parts are remembered: checking a citation asks for them twice
 * in a row (its length, then its place). Callers must not change the array.
 */
export function quoteParts(quote: string): string[] {
  return split(quote).parts;
}

/**
 * {@link quoteParts} with the empty ones kept (`a b […] […] c d` has an empty
 * part between its elisions), for the rule that refuses them. Callers must not
 * change the array.
 */
export function quotePieces(quote: string): string[] {
  return split(quote).pieces;
}

function split(quote: string): { parts: string[]; pieces: string[] } {
  if (quote === last.quote) return last;
  const pieces = quote.split(ELISION).map(normalizeText);
  last = { quote, pieces, parts: pieces.filter((part) => part !== "") };
  return last;
}

let last: { quote: string | undefined; pieces: string[]; parts: string[] } = {
  quote: undefined,
  pieces: [],
  parts: [],
};

/** Finds `query` in `source`. */
export function locate(source: Searchable, query: QuoteQuery): Location {
  const parts = quoteParts(query.quote);
  if (parts.length === 0) return { kind: "empty" };
  const text = source.normalized.text;
  const first = parts[0] as string;
  const matches = search(source, parts, query, false);
  if (matches.length === 1) return { kind: "found", parts: toParts(source, matches[0] ?? []) };
  if (matches.length > 1) {
    return { kind: "ambiguous", matches: matches.map((match) => toParts(source, match)) };
  }
  if (query.prefix !== undefined || query.suffix !== undefined) {
    const without = locate(source, { quote: query.quote });
    if (without.kind === "found" || without.kind === "ambiguous") {
      const all = without.kind === "found" ? [without.parts] : without.matches;
      return { kind: "context-mismatch", matches: all };
    }
  }
  const missing = parts.find((part) => !text.includes(part)) ?? first;
  return { kind: "not-found", part: missing, closest: closestPassage(source, missing) };
}

/**
 * The places where an elided quote would stand if its elisions could leave
 * out whole blocks: for a quote that {@link locate} does not find, whether it
 * is there, only stitched across paragraphs.
 */
export function locateAcrossBlocks(source: Searchable, query: QuoteQuery): Part[][] {
  const parts = quoteParts(query.quote);
  if (parts.length < 2) return [];
  return search(source, parts, query, true).map((match) => toParts(source, match));
}

/** The normalised ranges of each place where the parts follow one another as asked. */
function search(
  source: Searchable,
  parts: string[],
  query: QuoteQuery,
  acrossBlocks: boolean,
): Array<Array<[number, number]>> {
  const text = source.normalized.text;
  const prefix = query.prefix === undefined ? "" : normalizeText(query.prefix);
  const suffix = query.suffix === undefined ? "" : normalizeText(query.suffix);
  const matches: Array<Array<[number, number]>> = [];
  const first = parts[0] as string;
  for (let at = text.indexOf(first); at !== -1; at = text.indexOf(first, at + 1)) {
    if (
      prefix !== "" &&
      !endsWithPrefix(text.slice(Math.max(0, at - prefix.length - 3), at), prefix)
    )
      continue;
    const chain = follow(source, parts, at, suffix, acrossBlocks);
    if (chain !== undefined) matches.push(chain);
  }
  return matches;
}

/**
 * Follows the parts of an elided quote from `at`, each close after the one
 * before ({@link MAX_ELISION_GAP}); the nearest next part is the only one that
 * can be close enough, so it is the one tried.
 */
function follow(
  source: Searchable,
  parts: string[],
  at: number,
  suffix: string,
  acrossBlocks: boolean,
): Array<[number, number]> | undefined {
  const text = source.normalized.text;
  const ranges: Array<[number, number]> = [[at, at + (parts[0] as string).length]];
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k] as string;
    const after = (ranges[k - 1] as [number, number])[1];
    // Searched in a window, so that a part that is missing costs no scan to the end.
    const found = text.slice(after, after + MAX_ELISION_GAP + part.length).indexOf(part);
    if (found === -1) return undefined;
    const next = after + found;
    if (!acrossBlocks && skipsBlock(source, after, next)) return undefined;
    ranges.push([next, next + part.length]);
  }
  const end = (ranges[ranges.length - 1] as [number, number])[1];
  if (suffix !== "" && !startsWithSuffix(text.slice(end, end + suffix.length + 3), suffix)) {
    return undefined;
  }
  return ranges;
}

// Quotation marks and spaces may stand between a prefix or suffix and the quote.
function endsWithPrefix(before: string, prefix: string): boolean {
  return before.trimEnd().endsWith(prefix) || before.replace(/["'\s]+$/u, "").endsWith(prefix);
}

function startsWithSuffix(after: string, suffix: string): boolean {
  return after.trimStart().startsWith(suffix) || after.replace(/^["'\s]+/u, "").startsWith(suffix);
}

/**
 * Whether a whole block of the source stands between normalised offsets
 * `from` (the end of a part) and `to` (the start of the next).
 */
function skipsBlock(source: Searchable, from: number, to: number): boolean {
  const { normalized, visible } = source;
  const start = from > 0 ? (normalized.ends[from - 1] ?? 0) : 0;
  const end = normalized.starts[to] ?? visible.text.length;
  let index = firstBlockEndingAfter(source, start);
  // The block where the previous part ends is not left out.
  if ((visible.blocks[index]?.start ?? start) < start) index++;
  const block = visible.blocks[index];
  return block !== undefined && block.end <= end;
}

/** The index of the first block that ends after visible offset `offset` (binary search). */
function firstBlockEndingAfter(source: Searchable, offset: number): number {
  const { blocks } = source.visible;
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((blocks[middle]?.end ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Turns normalised ranges into visible and file ranges, split at block boundaries. */
function toParts(source: Searchable, ranges: Array<[number, number]>): Part[] {
  const { normalized, visible } = source;
  const parts: Part[] = [];
  for (const [from, to] of ranges) {
    let start = normalized.starts[from] ?? 0;
    const end = normalized.ends[to - 1] ?? start;
    for (let index = firstBlockEndingAfter(source, start); index < visible.blocks.length; index++) {
      const block = visible.blocks[index] as (typeof visible.blocks)[number];
      if (block.start >= end) break;
      const pieceStart = Math.max(start, block.start);
      const pieceEnd = Math.min(end, block.end);
      parts.push({
        start: pieceStart,
        end: pieceEnd,
        fileStart: visible.offsets[pieceStart] ?? 0,
        fileEnd: visible.offsetEnds[pieceEnd - 1] ?? 0,
      });
      start = pieceEnd;
    }
  }
  return parts;
}
