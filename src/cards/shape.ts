/**
 * Text set as the card draws it, in pieces: a word (or the part of one
 * between soft hyphens), a space, a Chinese or Japanese character. Each
 * piece is set in the one font that has its characters (the face's own, else
 * a script's: fonts.ts) by fontkit's layout, so that its kerning, ligatures,
 * Arabic joining and marks apply; a piece is set once per thread and kept.
 * The Unicode Bidirectional Algorithm (bidi-js) gives each piece its level,
 * so that a line of Hebrew or Arabic is put in visual order once wrapped
 * (text.ts). Controls are not drawn: a soft hyphen is a place to break that
 * shows a hyphen only at the end of a line; tabs and line breaks are spaces.
 */
import bidiFactory from "bidi-js";
import type { Font, Glyph } from "fontkit";
import { type Face, fontKey, fontOf } from "./fonts.ts";
import { glyphMask, type Mask } from "./glyphs.ts";

/**
 * A glyph of a piece: its pen from the piece's start (x right, y up), in
 * pixels, and its mask, rasterised when first drawn: a card sets its text at
 * several sizes to find the one that fits, and draws only that one.
 */
export interface PlacedGlyph {
  mask: () => Mask;
  x: number;
  y: number;
  /**
   * Whether its left edge goes on an even pixel: a card's PNG packs two
   * pixels a byte, so a letter drawn at an even pixel is the same bytes
   * wherever it recurs, which deflate finds. At 40 pixels an em and more,
   * the pixel it may move is not seen, and the finding's letters (most of a
   * card's weight) come out 10 % lighter.
   */
  even: boolean;
}

/** The size from which glyphs go on even pixels (see PlacedGlyph). */
const EVEN_FROM = 40;

/** A piece of text as set: its glyphs in visual order and its advance in pixels. */
export interface SetChar {
  glyphs: PlacedGlyph[];
  advance: number;
  /** An ordinary space, where a line may break (not a no-break space). */
  breaks: boolean;
  /** Whether a line may end after it (between two Japanese characters, at a soft hyphen). */
  breakAfter: boolean;
  /** The hyphen to draw when a line ends after it (at a soft hyphen). */
  hyphen: SetChar | undefined;
  /** Its embedding level: odd is right to left. */
  level: number;
  /** The characters drawn. */
  text: string;
}

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

const pieces = new Map<string, SetChar>();

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
  const missing = new Set<string>();
  for (const { segment } of segments(text.normalize("NFC"))) {
    if (/^[\s\p{Cc}]$/u.test(segment) || IGNORABLE.test(segment)) continue;
    if (fold(face, segment).length === 0) missing.add(segment);
  }
  return [...missing];
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

function setPiece(font: Font, text: string, size: number, level: number): SetChar {
  const key = `${fontKey(font)}-${size}-${level & 1}-${text}`;
  let set = pieces.get(key);
  if (!set) {
    set = shape(font, text, size, level);
    pieces.set(key, set);
  }
  return set;
}

/** `text` laid out by fontkit in `font`: kerning, ligatures and marks placed, glyphs in visual order. */
/** A piece laid out in font units: its drawn glyphs at their pens, and its advance. */
interface Layout {
  glyphs: Array<{ glyph: Glyph; x: number; y: number }>;
  advance: number;
}

/** Pieces laid out, by font, direction and text: a card tries several sizes, which only scale them. */
const layouts = new Map<string, Layout>();

/** `text` laid out by fontkit in `font`: kerning, ligatures and marks placed, glyphs in visual order. */
function layoutOf(font: Font, text: string, rtl: boolean): Layout {
  const key = `${fontKey(font)}-${rtl ? "rtl" : "ltr"}-${text}`;
  let layout = layouts.get(key);
  if (layout) return layout;
  const run = font.layout(text, undefined, undefined, undefined, rtl ? "rtl" : "ltr");
  layout = { glyphs: [], advance: 0 };
  for (const [i, glyph] of run.glyphs.entries()) {
    const position = run.positions[i];
    if (!position) continue;
    const { minX, minY, maxX, maxY } = glyph.bbox;
    // A glyph that draws nothing (a space, a hidden control) has no mask.
    if (maxX > minX && maxY > minY)
      layout.glyphs.push({
        glyph,
        x: layout.advance + position.xOffset,
        y: position.yOffset,
      });
    layout.advance += position.xAdvance;
  }
  layouts.set(key, layout);
  return layout;
}

/** The piece at `size`: its layout scaled, each glyph's mask rasterised when first drawn. */
function shape(font: Font, text: string, size: number, level: number): SetChar {
  const scale = size / font.unitsPerEm;
  const layout = layoutOf(font, text, (level & 1) === 1);
  const glyphs = layout.glyphs.map(({ glyph, x, y }): PlacedGlyph => {
    let rasterised: Mask | undefined;
    const mask = () => {
      rasterised ??= glyphMask(font, glyph, size) as Mask;
      return rasterised;
    };
    return { mask, x: x * scale, y: y * scale, even: size >= EVEN_FROM };
  });
  const advance = layout.advance * scale;
  return { glyphs, advance, breaks: false, breakAfter: false, hyphen: undefined, level, text };
}

function hyphenOf(font: Font, size: number, level: number): SetChar {
  return {
    ...setPiece(font, font.hasGlyphForCodePoint(0x2010) ? "\u2010" : "-", size, level),
    level,
  };
}

function spaceOf(face: Face, segment: string, size: number, level: number): SetChar {
  const font = face.fonts[0] as Font;
  const space = font.glyphForCodePoint(0x20);
  // Narrow spaces (French punctuation) are a sixth of an em; a no-break space does not break.
  const narrow = segment === "\u202f" || segment === "\u2009";
  const advance = narrow ? size / 6 : (space.advanceWidth * size) / font.unitsPerEm;
  const breaks = !/[\u00a0\u202f]/.test(segment);
  return {
    glyphs: [],
    advance,
    breaks,
    breakAfter: false,
    hyphen: undefined,
    level,
    text: segment,
  };
}
