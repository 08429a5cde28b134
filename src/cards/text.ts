/**
 * Text set in a face at a size: each character's glyph and advance, lines
 * wrapped at spaces within a width, and an ellipsis when the text does not fit
 * in its lines. A character the face lacks is folded to its compatibility form
 * (the tweet's mathematical bold letters become plain letters, its combining
 * accents compose), and dropped only when even that has no glyph: a card never
 * shows a missing-glyph box.
 */
import { type Face, glyphOf } from "./fonts.ts";
import { glyphMask, type Mask } from "./glyphs.ts";

/** One character as set: its mask (null for a space) and its advance in pixels. */
export interface SetChar {
  mask: Mask | null;
  advance: number;
  /** An ordinary space, where a line may break (not a no-break space). */
  breaks: boolean;
  /** The character drawn. */
  text: string;
}

/** A line as set, and its width in pixels. */
export interface Line {
  chars: SetChar[];
  width: number;
}

const ELLIPSIS = "…";

/** Characters already set, by face, size and character (with its accents): a card sets the same few hundred. */
const setChars = new Map<string, SetChar[]>();

/** The characters of `text` set in `face` at `size` pixels per em. */
export function setText(face: Face, text: string, size: number): SetChar[] {
  const out: SetChar[] = [];
  const prefix = `${face.name.family}-${face.name.weight}-${size}-`;
  for (const segment of text.normalize("NFC").match(/\P{M}\p{M}*|\p{M}+/gu) ?? []) {
    const key = prefix + segment;
    let set = setChars.get(key);
    if (!set) {
      set = setSegment(face, segment, size);
      setChars.set(key, set);
    }
    for (const char of set) out.push(char);
  }
  return out;
}

function setSegment(face: Face, segment: string, size: number): SetChar[] {
  if (/^\s$/u.test(segment)) {
    const space = glyphOf(face, 0x20);
    const advance = space ? (space.glyph.advanceWidth * size) / space.font.unitsPerEm : size / 4;
    // Narrow spaces (French punctuation) are a sixth of an em; a no-break space does not break.
    const narrow = segment === "\u202f" || segment === "\u2009";
    const breaks = !/[\u00a0\u202f]/.test(segment);
    return [{ mask: null, advance: narrow ? size / 6 : advance, breaks, text: segment }];
  }
  const out: SetChar[] = [];
  for (const char of fold(face, segment)) {
    const found = glyphOf(face, char.codePointAt(0) as number);
    if (!found) continue;
    const advance = (found.glyph.advanceWidth * size) / found.font.unitsPerEm;
    out.push({ mask: glyphMask(face, found, size), advance, breaks: false, text: char });
  }
  return out;
}

/** The width of `chars` in pixels. */
export function widthOf(chars: readonly SetChar[]): number {
  let width = 0;
  for (const char of chars) width += char.advance;
  return width;
}

/**
 * `text` wrapped into at most `maxLines` lines of at most `maxWidth` pixels,
 * breaking at spaces (inside a word only when the word alone is too wide). The
 * last line ends with an ellipsis when text was left out; `fits` says whether
 * all of it was shown.
 */
export function wrap(face: Face, text: string, size: number, maxWidth: number, maxLines: number) {
  const chars = setText(face, text, size);
  const lines: Line[] = [];
  let start = 0;
  while (start < chars.length && lines.length < maxLines) {
    while (chars[start]?.breaks) start++;
    let end = start;
    let width = 0;
    let lastBreak = -1;
    while (end < chars.length && width + (chars[end] as SetChar).advance <= maxWidth) {
      if ((chars[end] as SetChar).breaks) lastBreak = end;
      width += (chars[end] as SetChar).advance;
      end++;
    }
    if (end < chars.length && !(chars[end] as SetChar).breaks && lastBreak > start) end = lastBreak;
    if (end === start) end = start + 1;
    lines.push(line(chars.slice(start, end)));
    start = end;
  }
  while (chars[start]?.breaks) start++;
  const fits = start >= chars.length;
  if (!fits) ellipsize(face, lines, size, maxWidth);
  return { lines, fits };
}

function ellipsize(face: Face, lines: Line[], size: number, maxWidth: number): void {
  const last = lines.at(-1);
  if (!last) return;
  const ellipsis = setText(face, ELLIPSIS, size);
  const room = maxWidth - widthOf(ellipsis);
  const kept = [...last.chars];
  while (kept.length > 0 && widthOf(kept) > room) kept.pop();
  // Cut at the last space when there is one, so that no word is cut in two.
  const space = kept.findLastIndex((char) => char.breaks);
  if (space > 0) kept.length = space;
  // Nor end on a space or a separator: « Message viral… », not « Message viral ·… ».
  while (kept.length > 0 && /^[\s·,;:–—-]$/u.test((kept.at(-1) as SetChar).text)) kept.pop();
  lines[lines.length - 1] = line([...kept, ...ellipsis]);
}

function line(chars: SetChar[]): Line {
  let end = chars.length;
  while (end > 0 && (chars[end - 1] as SetChar).breaks) end--;
  const kept = chars.slice(0, end);
  return { chars: kept, width: widthOf(kept) };
}

/** The segment as the face can draw it: as written, else folded, else its letters without marks. */
function fold(face: Face, segment: string): string[] {
  const has = (text: string) => [...text].every((c) => glyphOf(face, c.codePointAt(0) as number));
  if (has(segment)) return [...segment];
  const folded = segment.normalize("NFKC");
  if (has(folded)) return [...folded];
  return [...folded.normalize("NFKD").replace(/\p{M}/gu, "")];
}
