/**
 * Pieces of text set in one font at one size: laid out by fontkit once per
 * font, direction and text (kerning, ligatures, Arabic joining, marks,
 * emoji sequences), then scaled to each size a card tries, each glyph
 * rasterised only when first drawn.
 */
import type { Font, Glyph } from "fontkit";
import { type Face, fontKey } from "./fonts.ts";
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
   * card's weight) make it about 6 % lighter.
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

const pieces = new Map<string, SetChar>();

/** The piece `text` in `font` at `size` and bidi `level`, set once per thread. */
export function setPiece(font: Font, text: string, size: number, level: number): SetChar {
  const key = `${fontKey(font)}-${size}-${level & 1}-${text}`;
  let set = pieces.get(key);
  if (!set) {
    set = shape(font, text, size, level);
    pieces.set(key, set);
  }
  return set;
}

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

/** The hyphen shown where a line breaks at a soft hyphen, in the piece's font. */
export function hyphenOf(font: Font, size: number, level: number): SetChar {
  return {
    ...setPiece(font, font.hasGlyphForCodePoint(0x2010) ? "\u2010" : "-", size, level),
    level,
  };
}

/** A space as set: a sixth of an em when narrow, a place to break unless no-break. */
export function spaceOf(face: Face, segment: string, size: number, level: number): SetChar {
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
