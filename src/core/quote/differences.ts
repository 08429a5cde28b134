/**
 * How a quote differs from the closest passage of its source, told the way a
 * reader can act on it: whole words rather than single characters, the
 * source's own characters (a no-break space stays a no-break space), and a few
 * words of context around each difference.
 *
 * The comparison itself runs on normalised texts, so a difference that the
 * normalisation forgives (a typographic apostrophe, a no-break space against a
 * space) is never reported: the quote would have matched.
 */
import { diffChars } from "diff";
import { context, mapper, quoteMapper, reader, trim } from "./excerpts.ts";
import type { Searchable } from "./searchable.ts";

/** A stretch of the normalised passage (`s0`–`s1`) that stands for one of the quote (`q0`–`q1`). */
export interface Hunk {
  /** Where the stretch starts in the passage. */
  s0: number;
  /** Where it ends in the passage (`s0` when the quote adds text). */
  s1: number;
  /** Where it starts in the quote. */
  q0: number;
  /** Where it ends in the quote (`q0` when the quote leaves text out). */
  q1: number;
}

/** One difference between a quote and its closest passage, in the reader's terms. */
export interface Change {
  /** What sort of difference, for the sentence that tells it. */
  kind: "case" | "characters" | "added" | "removed" | "words";
  /** The source's words around the difference, as the reader sees them. */
  source: string;
  /** The quote's words around the difference, as the quote writes them. */
  quote: string;
  /** Just the source's characters that differ, as written in the source. */
  sourceChars: string;
  /** Just the quote's characters that differ, as written in the quote. */
  quoteChars: string;
  /** Offset in the visible text where the difference starts, for its line. */
  start: number;
  /** A few words of the source around it, the difference in [brackets]. */
  context: string;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

/** The stretches where `passage` and `quote` differ, in order. */
export function hunks(passage: string, quote: string): Hunk[] {
  const result: Hunk[] = [];
  let s = 0;
  let q = 0;
  let pending: Hunk | undefined;
  for (const change of diffChars(passage, quote)) {
    const length = change.value.length;
    if (!change.added && !change.removed) {
      if (pending) result.push(pending);
      pending = undefined;
      s += length;
      q += length;
      continue;
    }
    pending ??= { s0: s, s1: s, q0: q, q1: q };
    if (change.removed) pending.s1 = s += length;
    else pending.q1 = q += length;
  }
  if (pending) result.push(pending);
  return result;
}

/**
 * The differences between the passage `range` of `source` (normalised offsets)
 * and the normalised quote part `part`; `raw`, the part as the citation writes
 * it, lets the quote's side show its own characters.
 */
export function changes(
  source: Searchable,
  range: { from: number; to: number },
  part: string,
  raw?: string,
): Change[] {
  const text = source.visible.text;
  const passage = source.normalized.text.slice(range.from, range.to);
  const toVisible = mapper(source.normalized, range.from, text);
  const toQuote = quoteMapper(part, raw);
  return widen(hunks(passage, part), passage, part).map(({ outer, inner }) => {
    const kind = kindOf(passage, part, outer, inner);
    const only = inner.length === 1 ? inner[0] : undefined;
    const marked =
      only && kind !== "words" && kind !== "case"
        ? toVisible(only.s0, only.s1)
        : toVisible(outer.s0, outer.s1);
    if (kind === "removed") trim(text, marked);
    return {
      kind,
      source: reader(text.slice(...toVisible(outer.s0, outer.s1))),
      quote: reader(toQuote(outer.q0, outer.q1)),
      sourceChars: inner.map((h) => reader(text.slice(...toVisible(h.s0, h.s1)))).join(""),
      quoteChars: inner.map((h) => reader(toQuote(h.q0, h.q1))).join(""),
      start: marked[0],
      context: context(text, marked),
    };
  });
}

/**
 * Widens each hunk to whole words (an apostrophe between letters is part of a
 * word); hunks whose words meet become one change.
 */
function widen(list: Hunk[], passage: string, quote: string) {
  const result: Array<{ outer: Hunk; inner: Hunk[] }> = [];
  for (const hunk of list) {
    const outer = { ...hunk };
    while (outer.s0 > 0 && outer.q0 > 0 && isWordAt(passage, outer.s0 - 1)) {
      outer.s0--;
      outer.q0--;
    }
    while (outer.s1 < passage.length && outer.q1 < quote.length && isWordAt(passage, outer.s1)) {
      outer.s1++;
      outer.q1++;
    }
    const last = result[result.length - 1];
    if (last && outer.s0 <= last.outer.s1) {
      last.outer = { ...last.outer, s1: outer.s1, q1: outer.q1 };
      last.inner.push(hunk);
    } else result.push({ outer, inner: [hunk] });
  }
  return result;
}

function isWordAt(text: string, i: number): boolean {
  const char = text[i] ?? "";
  if (WORD.test(char)) return true;
  return char === "'" && WORD.test(text[i - 1] ?? "") && WORD.test(text[i + 1] ?? "");
}

function kindOf(passage: string, quote: string, outer: Hunk, inner: Hunk[]): Change["kind"] {
  const source = passage.slice(outer.s0, outer.s1);
  const quoted = quote.slice(outer.q0, outer.q1);
  if (source.toLowerCase() === quoted.toLowerCase()) return "case";
  const sourceCore = inner.map((h) => passage.slice(h.s0, h.s1)).join("");
  const quoteCore = inner.map((h) => quote.slice(h.q0, h.q1)).join("");
  if (!WORD.test(sourceCore) && !WORD.test(quoteCore)) return "characters";
  const [only] = inner;
  if (inner.length > 1 || !only) return "words";
  if (quoteCore === "" && wholeWords(passage, only.s0, only.s1)) return "removed";
  if (sourceCore === "" && wholeWords(quote, only.q0, only.q1)) return "added";
  return "words";
}

// True when text[from, to) starts and ends at word boundaries.
function wholeWords(text: string, from: number, to: number): boolean {
  const starts = !isWordAt(text, from - 1) || !isWordAt(text, from);
  const ends = !isWordAt(text, to) || !isWordAt(text, to - 1);
  return starts && ends && text.slice(from, to).trim() !== "";
}
