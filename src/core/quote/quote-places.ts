/**
 * The places of a quote that stands more than once, and for each the shortest
 * prefix or suffix that tells it apart, checked by locating the quote again
 * with it: a suggestion the check offers must pass the check.
 */
import { locate, type Part } from "./locate.ts";
import type { Searchable } from "./searchable.ts";

/** At most this many words of prefix or suffix are tried before giving up. */
export const MAX_CONTEXT_WORDS = 8;

/** What would make one place of a quote unique: a YAML line ready to paste. */
export type Disambiguation = { prefix: string } | { suffix: string };

// Quotation marks and spaces between a prefix or suffix and the quote: locate skips them.
const EDGE = "[\\s\"'«»‹›“”„‘’‚]+";
const TRAILING = new RegExp(`${EDGE}$`, "u");
const LEADING = new RegExp(`^${EDGE}`, "u");
const WORD = /[\p{L}\p{N}]/u;
const REACH = 400;

/** The last `count` words before visible offset `at`, as the source writes them. */
export function wordsBefore(text: string, at: number, count: number): string {
  const tokens = text
    .slice(Math.max(0, at - REACH), at)
    .replace(TRAILING, "")
    .split(/\s+/u);
  return take(tokens.reverse(), count).reverse().join(" ");
}

/** The first `count` words after visible offset `at`, as the source writes them. */
export function wordsAfter(text: string, at: number, count: number): string {
  const tokens = text
    .slice(at, at + REACH)
    .replace(LEADING, "")
    .split(/\s+/u);
  return take(tokens, count).join(" ");
}

// Tokens up to the `count`th that holds a letter or digit; punctuation rides along.
function take(tokens: string[], count: number): string[] {
  const taken: string[] = [];
  let words = 0;
  for (const token of tokens) {
    if (words === count) break;
    if (token === "") continue;
    taken.push(token);
    if (WORD.test(token)) words++;
  }
  return words === 0 ? [] : taken;
}

/**
 * The shortest prefix or suffix (1 to {@link MAX_CONTEXT_WORDS} words, a prefix
 * first at each length) with which `quote` is found at `match` and nowhere else.
 */
export function disambiguate(
  source: Searchable,
  quote: string,
  match: Part[],
): Disambiguation | undefined {
  const text = source.visible.text;
  const start = match[0]?.start ?? 0;
  const end = match[match.length - 1]?.end ?? start;
  for (let count = 1; count <= MAX_CONTEXT_WORDS; count++) {
    const prefix = wordsBefore(text, start, count);
    if (prefix !== "" && foundAt(source, { quote, prefix }, start)) return { prefix };
    const suffix = wordsAfter(text, end, count);
    if (suffix !== "" && foundAt(source, { quote, suffix }, start)) return { suffix };
  }
  return undefined;
}

function foundAt(source: Searchable, query: Parameters<typeof locate>[1], start: number): boolean {
  const location = locate(source, query);
  return location.kind === "found" && location.parts[0]?.start === start;
}

/**
 * The quote that `match` stands for, from the source's own text: pieces split
 * only by a block boundary are one part, others were separated by an elision.
 */
export function quoteOf(source: Searchable, match: Part[]): string {
  const text = source.visible.text;
  let quote = "";
  let previous: Part | undefined;
  for (const part of match) {
    if (previous) {
      const gap = text.slice(previous.end, part.start);
      quote += gap.trim() === "" ? " " : " […] ";
    }
    quote += text.slice(part.start, part.end);
    previous = part;
  }
  return quote;
}
