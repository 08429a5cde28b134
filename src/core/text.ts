/**
 * Normalisation of text for quote matching, with a map from every normalised
 * character back to the characters of the input it came from.
 *
 * What the design forgives: Unicode compatibility forms (NFKC, applied to a base
 * character together with its combining marks, so that the tweet's bold
 * `𝐞` + U+0301 becomes `é`), every run of white space, typographic apostrophes
 * and quotation marks, `…` against `...`, soft hyphens and zero-width characters.
 * Case is not forgiven: a quote must say what the source says.
 */

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
const QUOTES = new Set(["\u201C", "\u201D", "\u201E", "\u201F", "\u2033", "\u2039", "\u203A"]);
const OPENING_GUILLEMETS = new Set(["\u00AB", "\u2039"]);
const CLOSING_GUILLEMETS = new Set(["\u00BB", "\u203A"]);
// A base character with the combining marks that follow it, or stray marks.
const CLUSTER = /\P{M}\p{M}*|\p{M}+/gu;
const SPACE = /\s/u;
const PLAIN = /^[\x21-\x7E]$/;

/** Normalises `input` as the design asks; see the module comment. */
export function normalize(input: string): Normalized {
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let afterOpening = false;

  const push = (char: string, start: number, end: number): void => {
    const last = out.length - 1;
    if (char === " ") {
      // A space after « belongs to the guillemet; a space after a space extends it.
      if (afterOpening || out[last] === " ") {
        ends[last] = end;
        return;
      }
    }
    out.push(char);
    starts.push(start);
    ends.push(end);
  };

  for (const match of input.matchAll(CLUSTER)) {
    const cluster = match[0];
    const start = match.index;
    const end = start + cluster.length;
    if (cluster.length === 1 && PLAIN.test(cluster)) {
      push(cluster, start, end);
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
      if (out[out.length - 1] === " ") {
        // space before »: fold it into the closing quotation mark
        const last = out.length - 1;
        out[last] = '"';
        ends[last] = end;
      } else {
        push('"', start, end);
      }
      afterOpening = false;
      continue;
    }
    for (const char of clean.normalize("NFKC")) {
      if (SPACE.test(char)) push(" ", start, end);
      else if (APOSTROPHES.has(char)) push("'", start, end);
      else if (QUOTES.has(char)) push('"', start, end);
      else {
        // A code point beyond the BMP is two UTF-16 units, both mapped to the cluster.
        for (const unit of char.length === 1 ? [char] : char.split("")) push(unit, start, end);
      }
      if (!SPACE.test(char)) afterOpening = false;
    }
  }
  return { text: out.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/** Normalises a piece of text that is compared, not located: a quote, a prefix. */
export function normalizeText(input: string): string {
  return normalize(input).text.trim();
}
