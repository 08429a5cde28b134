/**
 * For a quote that is not in its source: the passage that comes closest, how
 * similar it is, and where the two differ, so that a contributor sees at once
 * whether they misspelt a word or quoted the wrong article.
 */
import search from "approx-string-match";
import { diffChars } from "diff";
import type { Searchable } from "./locate.ts";

/** One place where the quote and the closest passage differ (normalised texts). */
export interface Difference {
  /** What the source has there ("" when the quote adds text). */
  source: string;
  /** What the quote has there ("" when the quote leaves text out). */
  quote: string;
}

/** The passage of a source closest to a quote that is not found. */
export interface Closest {
  /** 0 to 1: one minus the edit distance over the quote's length. */
  similarity: number;
  /** Offset of the passage in the visible text. */
  start: number;
  /** Offset just after the passage in the visible text. */
  end: number;
  /** Offset of the passage in the source file. */
  fileStart: number;
  /** The passage as a reader sees it, white space collapsed. */
  text: string;
  /** The differences, in order, at most {@link MAX_DIFFERENCES}. */
  differences: Difference[];
}

/** Below this similarity no passage is offered: it would be a coincidence. */
export const MIN_SIMILARITY = 0.6;
/** How many differences a diagnostic lists. */
export const MAX_DIFFERENCES = 4;

/** Finds the passage of `source` closest to `part` (a normalised quote part). */
export function closestPassage(source: Searchable, part: string): Closest | undefined {
  const { normalized, visible } = source;
  const maxErrors = Math.floor(part.length * (1 - MIN_SIMILARITY));
  const found = search(normalized.text, part, maxErrors);
  if (found.length === 0) return undefined;
  const best = found.reduce((a, b) => (b.errors < a.errors ? b : a));
  const passage = normalized.text.slice(best.start, best.end);
  const start = normalized.starts[best.start] ?? 0;
  const end = normalized.ends[best.end - 1] ?? start;
  return {
    similarity: 1 - best.errors / part.length,
    start,
    end,
    fileStart: visible.offsets[start] ?? 0,
    text: visible.text.slice(start, end).replace(/\s+/gu, " "),
    differences: differences(passage, part),
  };
}

function differences(passage: string, quote: string): Difference[] {
  const result: Difference[] = [];
  let pending: Difference | undefined;
  for (const change of diffChars(passage, quote)) {
    if (!change.added && !change.removed) {
      if (pending) result.push(pending);
      pending = undefined;
      continue;
    }
    pending ??= { source: "", quote: "" };
    if (change.removed) pending.source += change.value;
    else pending.quote += change.value;
  }
  if (pending) result.push(pending);
  return result.slice(0, MAX_DIFFERENCES);
}
