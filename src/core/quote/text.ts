/**
 * Normalisation of text for quote matching, with a map from every normalised
 * character back to the characters of the input it came from.
 *
 * What the design forgives: presentation forms (fold.ts, applied to a base
 * character together with its combining marks, so that the tweet's bold
 * `𝐞` + U+0301 becomes `é`), every run of white space, typographic apostrophes
 * and quotation marks, `…` against `...`, soft hyphens and zero-width characters.
 * Case is not forgiven, nor any form that says another number or sign (`10⁵`
 * is not `105`): a quote must say what the source says.
 *
 * The loop walks UTF-16 units by hand rather than with a regular expression: it
 * runs over every source on every check, and ASCII takes a fast path.
 */
import { foldPresentation, isFolded } from "./fold.ts";

/** Normalised text and, for each of its UTF-16 units, the input range it stands for. */
export interface Normalized {
  /** The normalised text. */
  text: string;
  /** `starts[i]` is the input offset where normalised unit `i` begins. */
  starts: Int32Array;
  /** `ends[i]` is the input offset just after normalised unit `i`. */
  ends: Int32Array;
}

// Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM.
const IGNORED = /[\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
const APOSTROPHES = new Set(["\u2018", "\u2019", "\u201A", "\u201B", "\u02BC", "\u2032"]);
const QUOTES = new Set(["\u201C", "\u201D", "\u201E", "\u201F", "\u2033"]);
const OPENING_GUILLEMETS = new Set(["\u00AB", "\u2039"]);
const CLOSING_GUILLEMETS = new Set(["\u00BB", "\u203A"]);
const MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;

/** Normalises `input` as the design asks; see the module comment. */
export function normalize(input: string): Normalized {
  const length = input.length;
  let capacity = length + 16;
  let units = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let size = 0;
  let afterOpening = false;

  const pushUnit = (unit: number, start: number, end: number): void => {
    if (unit === 0x20 && size > 0 && (afterOpening || units[size - 1] === 0x20)) {
      // A space after « belongs to the guillemet; a space after a space extends it.
      ends[size - 1] = end;
      return;
    }
    if (size === capacity) {
      capacity *= 2;
      units = grow(units, new Uint16Array(capacity));
      starts = grow(starts, new Int32Array(capacity));
      ends = grow(ends, new Int32Array(capacity));
    }
    units[size] = unit;
    starts[size] = start;
    ends[size] = end;
    size++;
  };
  const push = (char: string, start: number, end: number): void => {
    for (let k = 0; k < char.length; k++) pushUnit(char.charCodeAt(k), start, end);
  };

  let i = 0;
  while (i < length) {
    const code = input.charCodeAt(i);
    if (code > 0x20 && code < 0x7f && !isMarkAt(input, i + 1)) {
      pushUnit(code, i, i + 1);
      afterOpening = false;
      i++;
      continue;
    }
    // A cluster: one code point and the combining marks that follow it.
    let end = i + unitsAt(input, i);
    while (end < length && isMarkAt(input, end)) end += unitsAt(input, end);
    const cluster = input.slice(i, end);
    const start = i;
    i = end;
    if (code <= 0x20 || (code < 0x300 && end - start === 1 && SPACE.test(cluster))) {
      push(" ", start, end);
      continue;
    }
    if (end - start === 1 && code < 0x2b0 && code !== 0xab && code !== 0xbb && code !== 0xad) {
      // Latin letters are their own composed form: only a presentation form folds.
      const char = isFolded(code) ? foldPresentation(cluster) : cluster;
      for (const unit of char) push(unit, start, end);
      afterOpening = false;
      continue;
    }
    const clean = cluster.replace(IGNORED, "");
    if (clean === "") continue;
    if (OPENING_GUILLEMETS.has(clean)) {
      push('"', start, end);
      afterOpening = true;
      continue;
    }
    if (CLOSING_GUILLEMETS.has(clean)) {
      if (size > 0 && units[size - 1] === 0x20) {
        // A space before »: fold it into the closing quotation mark.
        units[size - 1] = 0x22;
        ends[size - 1] = end;
      } else pushUnit(0x22, start, end);
      afterOpening = false;
      continue;
    }
    for (const char of foldPresentation(clean)) {
      const space = SPACE.test(char);
      if (space) push(" ", start, end);
      else if (APOSTROPHES.has(char)) push("'", start, end);
      else if (QUOTES.has(char)) push('"', start, end);
      else push(char, start, end);
      if (!space) afterOpening = false;
    }
  }
  return {
    text: UTF16.decode(units.subarray(0, size)),
    starts: starts.slice(0, size),
    ends: ends.slice(0, size),
  };
}

const UTF16 = new TextDecoder("utf-16le");

function grow<T extends Uint16Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** Normalises a piece of text that is compared, not located: a quote, a prefix. */
export function normalizeText(input: string): string {
  return normalize(input).text.trim();
}

function unitsAt(input: string, index: number): number {
  const code = input.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < input.length ? 2 : 1;
}

function isMarkAt(input: string, index: number): boolean {
  const code = input.charCodeAt(index);
  // Combining marks start at U+0300; below that, nothing is one.
  if (Number.isNaN(code) || code < 0x300) return false;
  return MARK.test(input.slice(index, index + unitsAt(input, index)));
}
