/**
 * Finding a quote in a source's visible text: exact match after normalisation,
 * `[…]` elisions, `prefix`/`suffix` to tell identical passages apart, and for a
 * miss the closest passage.
 */
import { type Closest, closestPassage } from "./closest.ts";
import type { VisibleText } from "./passages.ts";
import { type Normalized, normalize, normalizeText } from "./text.ts";

/** A source prepared for searching: its visible text and that text normalised. */
export interface Searchable {
  /** The reader-visible text and its map to the file. */
  visible: VisibleText;
  /** `visible.text` normalised, mapped to visible offsets. */
  normalized: Normalized;
}

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
 * stitch together words from anywhere in the article.
 */
export const MAX_ELISION_GAP = 400;

const ELISION = /\s*\[\s*(?:\.\.\.|…)\s*\]\s*/u;

/** Prepares a source's visible text for {@link locate}. */
export function searchable(visible: VisibleText): Searchable {
  return { visible, normalized: normalize(visible.text) };
}

/** Splits a quote into the parts that its elisions separate, normalised. */
export function quoteParts(quote: string): string[] {
  return quote
    .split(ELISION)
    .map(normalizeText)
    .filter((part) => part !== "");
}

/** Finds `query` in `source`. */
export function locate(source: Searchable, query: QuoteQuery): Location {
  const parts = quoteParts(query.quote);
  if (parts.length === 0) return { kind: "empty" };
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
    const chain = follow(text, parts, at, suffix);
    if (chain !== undefined) matches.push(chain);
  }

  if (matches.length === 1) return { kind: "found", parts: toParts(source, matches[0] ?? []) };
  if (matches.length > 1) {
    return { kind: "ambiguous", matches: matches.map((match) => toParts(source, match)) };
  }
  if (prefix !== "" || suffix !== "") {
    const without = locate(source, { quote: query.quote });
    if (without.kind === "found" || without.kind === "ambiguous") {
      const all = without.kind === "found" ? [without.parts] : without.matches;
      return { kind: "context-mismatch", matches: all };
    }
  }
  const missing = parts.find((part) => !text.includes(part)) ?? first;
  return { kind: "not-found", part: missing, closest: closestPassage(source, missing) };
}

/** Follows the parts of an elided quote from `at`, each close after the one before. */
function follow(
  text: string,
  parts: string[],
  at: number,
  suffix: string,
): Array<[number, number]> | undefined {
  const ranges: Array<[number, number]> = [[at, at + (parts[0] as string).length]];
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k] as string;
    const after = (ranges[k - 1] as [number, number])[1];
    const next = text.indexOf(part, after);
    if (next === -1 || next - after > MAX_ELISION_GAP) return undefined;
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

/** Turns normalised ranges into visible and file ranges, split at block boundaries. */
function toParts(source: Searchable, ranges: Array<[number, number]>): Part[] {
  const { normalized, visible } = source;
  const parts: Part[] = [];
  for (const [from, to] of ranges) {
    let start = normalized.starts[from] ?? 0;
    const end = normalized.ends[to - 1] ?? start;
    for (const block of visible.blocks) {
      if (block.end <= start || block.start >= end) continue;
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
