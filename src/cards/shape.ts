/**
 * Text set as the card draws it, in pieces (pieces.ts): a word (or the part
 * of one between soft hyphens), a space, a Chinese or Japanese character.
 * Each piece is set in the one font that has its characters (the face's own,
 * else a script's: fonts.ts). The Unicode Bidirectional Algorithm (bidi-js)
 * gives each piece its level, so that a line of Hebrew or Arabic is put in
 * visual order once wrapped (text.ts). Controls are not drawn: a soft hyphen
 * is a place to break that shows a hyphen only at the end of a line; tabs and
 * line breaks are spaces.
 */
import bidiFactory from "bidi-js";
import type { Font } from "fontkit";
import { type Face, fontOf } from "./fonts.ts";
import { hyphenOf, type SetChar, setPiece, spaceOf } from "./pieces.ts";

export type { PlacedGlyph, SetChar } from "./pieces.ts";

const bidi = bidiFactory();
const graphemes = new Intl.Segmenter("und", { granularity: "grapheme" });
const SOFT_HYPHEN = "\u00ad";
/** Characters a line may break between: ideographs, kana and their punctuation. */
const CJK = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** Characters no line may start with (Japanese kinsoku): closing marks, small kana, the long vowel. */
const NO_LINE_START = /^[、。，．・：；？！）」』】〕〉》ー…ぁぃぅぇぉっゃゅょァィゥェォッャュョ]/u;
/** Not drawn and needing no glyph of their own: joiners, variation selectors, bidi controls. */
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}+$/u;

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana, N'Ko…) and the controls that open a right-to-left run. */
const RIGHT_TO_LEFT =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200f\u202b\u202e\u2067\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;
/** What makes a grapheme of several characters other than marks: joiners, selectors, flags, skin tones, Hangul jamo. */
const CLUSTERS =
  /\u200c|\u200d|[\ufe00-\ufe0f\u1100-\u11ff\u{1f1e6}-\u{1f1ff}\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;

/** The graphemes of `text` with their offsets: by Intl.Segmenter when it holds clusters, else a letter and its marks. */
function segments(text: string): Iterable<{ segment: string; index: number }> {
  if (CLUSTERS.test(text)) return graphemes.segment(text);
  return [...text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)].map((match) => ({
    segment: match[0],
    index: match.index,
  }));
}

/**
 * The pieces of `text` set in `face` at `size` pixels per em, in logical
 * order; `eachCharacter` makes each character a piece a line may break after
 * (for a word wider than the line).
 */
export function setText(face: Face, text: string, size: number, eachCharacter = false): SetChar[] {
  const clean = text
    .normalize("NFC")
    .replace(/[\t\n\r]/g, " ")
    .replace(/\p{Cc}/gu, "");
  // Text without a right-to-left character is all at level 0: the algorithm is skipped.
  const rtl = RIGHT_TO_LEFT.test(clean);
  const levels = rtl ? bidi.getEmbeddingLevels(clean, "auto").levels : undefined;
  const mirrored = levels
    ? bidi.getMirroredCharactersMap(clean, levels)
    : new Map<number, string>();
  const out: SetChar[] = [];
  let piece: { text: string; font: Font; level: number } | undefined;
  const flush = (breakAfter: boolean, hyphen = false) => {
    if (!piece) return;
    const set = setPiece(piece.font, piece.text, size, piece.level);
    // A piece is kept by the parity of its level: its own level is this text's.
    const { font, level } = piece;
    out.push({
      ...set,
      level,
      breakAfter,
      hyphen: hyphen ? hyphenOf(font, size, level) : undefined,
    });
    piece = undefined;
  };
  for (const { segment, index } of segments(clean)) {
    const level = levels ? (levels[index] as number) : 0;
    if (segment === SOFT_HYPHEN) {
      flush(true, true);
      continue;
    }
    if (/^\s$/u.test(segment)) {
      flush(false);
      out.push(spaceOf(face, segment, size, level));
      continue;
    }
    if (IGNORABLE.test(segment)) {
      if (piece) piece.text += segment;
      continue;
    }
    const drawn = mirrored.get(index) ?? segment;
    for (const char of fold(face, drawn)) {
      const font = fontOf(face, char.codePointAt(0) as number) as Font;
      const cjk = CJK.test(char);
      if (piece && (piece.font !== font || piece.level !== level || cjk)) flush(false);
      piece = { text: (piece?.text ?? "") + char, font, level };
      if (cjk || eachCharacter) flush(eachCharacter);
    }
  }
  flush(false);
  markCjkBreaks(out);
  return out;
}

/**
 * The characters of `text` that no font of `face` can draw, even folded to
 * their compatibility form or without their accents: a card that would leave
 * them out shows its verdict only.
 */
export function missingCharacters(face: Face, text: string): string[] {
  // Most text is drawable character by character as written, and then no grapheme of it is
  // missing: told at the cost of a font lookup per character (cached), before segmenting it.
  if (drawableAsWritten(face, text)) return [];
  const missing = new Set<string>();
  for (const { segment } of segments(text.normalize("NFC"))) {
    if (/^[\s\p{Cc}]$/u.test(segment) || IGNORABLE.test(segment)) continue;
    if (fold(face, segment).length === 0) missing.add(segment);
  }
  return [...missing];
}

/** Whether a font of `face` draws every character of `text` as written, or it needs none. */
function drawableAsWritten(face: Face, text: string): boolean {
  for (const char of text) {
    if (fontOf(face, char.codePointAt(0) as number) === undefined && !IGNORABLE.test(char))
      return false;
  }
  return true;
}

/** The segment as the fonts can draw it: as written, else folded, else its letters without marks, else nothing. */
function fold(face: Face, segment: string): string[] {
  const has = (text: string) =>
    [...text].every(
      (c) => IGNORABLE.test(c) || fontOf(face, c.codePointAt(0) as number) !== undefined,
    );
  if (has(segment)) return [segment];
  const folded = segment.normalize("NFKC");
  if (has(folded)) return [...folded];
  const bare = folded.normalize("NFKD").replace(/\p{M}/gu, "");
  return bare && has(bare) ? [...bare] : [];
}

/** A line may break between two Japanese characters, except before a closing mark. */
function markCjkBreaks(chars: SetChar[]): void {
  for (let i = 0; i + 1 < chars.length; i++) {
    const here = chars[i] as SetChar;
    const next = chars[i + 1] as SetChar;
    if ((CJK.test(here.text) || CJK.test(next.text)) && !NO_LINE_START.test(next.text))
      here.breakAfter = true;
  }
}
