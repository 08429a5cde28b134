/**
 * For a quote that is not in its source: the passage that comes closest, how
 * similar it is, and where the two differ, so that a contributor sees at once
 * whether they misspelt a word or quoted the wrong article.
 */
import search from "approx-string-match";
import { distance } from "fastest-levenshtein";
import { hunks } from "./differences.ts";
import type { Searchable } from "./searchable.ts";

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
  /** The passage as a reader sees it; line breaks and runs of spaces read as one space. */
  text: string;
  /** The differences, in order, at most {@link MAX_DIFFERENCES}. */
  differences: Difference[];
  /** Offset of the passage in the normalised text (see `differences.ts` for the reader's view). */
  normalizedStart: number;
  /** Offset just after the passage in the normalised text. */
  normalizedEnd: number;
}

/** Below this similarity no passage is offered: it would be a coincidence. */
export const MIN_SIMILARITY = 0.6;
/** How many differences a diagnostic lists. */
export const MAX_DIFFERENCES = 4;

// Characters of passage times characters of quote that refine() may compare, a few milliseconds' work.
const REFINE_BUDGET = 4_000_000;

/** Finds the passage of `source` closest to `part` (a normalised quote part). */
export function closestPassage(source: Searchable, part: string): Closest | undefined {
  const { normalized, visible } = source;
  const maxErrors = Math.floor(part.length * (1 - MIN_SIMILARITY));
  const found = search(normalized.text, part, maxErrors);
  if (found.length === 0) return undefined;
  const best = found.reduce((a, b) => (b.errors < a.errors ? b : a));
  const [from, to] = refine(normalized.text, part, best);
  const passage = normalized.text.slice(from, to);
  const start = normalized.starts[from] ?? 0;
  const end = normalized.ends[to - 1] ?? start;
  return {
    similarity: Math.max(0, 1 - distance(passage, part) / part.length),
    start,
    end,
    fileStart: visible.offsets[start] ?? 0,
    // Only ASCII white space is folded: a no-break space stays, to be named.
    text: visible.text.slice(start, end).replace(/[\t\n\r ]+/gu, " "),
    differences: differences(passage, part),
    normalizedStart: from,
    normalizedEnd: to,
  };
}

/**
 * Moves the ends of the match to where a reader would cut the passage. Edit
 * distance counts a substitution as one error, so a quote that leaves out
 * " individuelle" after "son action" matches "dividuelle" (ten substitutions)
 * more cheaply than the whole passage (thirteen deletions), and the passage
 * would begin mid-word, without the words the quote shares with it. Among the
 * word boundaries near the match, the cut kept is the one that leaves fewest
 * characters unmatched, a quote's character counting twice a source's: the
 * passage should hold all that the quote shares with it, and little more.
 */
function refine(text: string, part: string, best: { start: number; end: number; errors: number }) {
  const slack = 2 * best.errors + 8;
  // The search below is quadratic: past this size (a quote of pages), the match stays as found.
  if ((best.end - best.start + 2 * slack) * part.length > REFINE_BUDGET) {
    return [best.start, best.end] as const;
  }
  const isStart = (i: number) => i === 0 || text[i - 1] === " ";
  const isEnd = (i: number) => i === text.length || text[i] === " ";
  const from = Math.max(0, best.start - slack);
  const shared = sharedFrom(text.slice(from, best.end), part);
  const start = cheapest(near(best.start, slack, 0, best.end - 1, isStart), (s) =>
    unmatched(best.end - s, shared[s - from] ?? 0, part.length),
  );
  const to = Math.min(text.length, best.end + slack);
  const sharedTo = sharedFrom(reverse(text.slice(start, to)), reverse(part));
  const end = cheapest(near(best.end, slack, start + 1, text.length, isEnd), (e) =>
    unmatched(e - start, sharedTo[to - e] ?? 0, part.length),
  );
  return [start, end] as const;
}

/** Offsets within `slack` of `at` (and `at` itself) that pass `keep`, nearest first. */
function near(at: number, slack: number, min: number, max: number, keep: (i: number) => boolean) {
  const offsets = [at];
  for (let d = 1; d <= slack; d++) {
    for (const i of [at - d, at + d]) if (i >= min && i <= max && keep(i)) offsets.push(i);
  }
  return offsets;
}

function cheapest(offsets: number[], cost: (offset: number) => number): number {
  let best = offsets[0] ?? 0;
  let lowest = Number.POSITIVE_INFINITY;
  for (const offset of offsets) {
    const value = cost(offset);
    if (value < lowest) [best, lowest] = [offset, value];
  }
  return best;
}

// Characters left unmatched by a passage of `length` sharing `shared` with a quote part.
function unmatched(length: number, shared: number, partLength: number): number {
  return length - shared + 2 * (partLength - shared);
}

/**
 * `result[i]` is the length of the longest common subsequence of
 * `text.slice(i)` and `part`: every start at once, in one pass.
 */
function sharedFrom(text: string, part: string): Int32Array {
  const result = new Int32Array(text.length + 1);
  let next = new Int32Array(part.length + 1);
  let row = new Int32Array(part.length + 1);
  for (let i = text.length - 1; i >= 0; i--) {
    for (let j = part.length - 1; j >= 0; j--) {
      row[j] =
        text[i] === part[j] ? (next[j + 1] ?? 0) + 1 : Math.max(next[j] ?? 0, row[j + 1] ?? 0);
    }
    result[i] = row[0] ?? 0;
    [next, row] = [row, next];
  }
  return result;
}

function reverse(text: string): string {
  return text.split("").reverse().join("");
}

function differences(passage: string, quote: string): Difference[] {
  return hunks(passage, quote)
    .slice(0, MAX_DIFFERENCES)
    .map(({ s0, s1, q0, q1 }) => ({ source: passage.slice(s0, s1), quote: quote.slice(q0, q1) }));
}
