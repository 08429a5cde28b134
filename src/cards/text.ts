/**
 * Text wrapped into lines: set in pieces (shape.ts), broken at spaces, soft
 * hyphens and between Japanese characters within a width, an ellipsis when
 * the text does not fit in its lines, and each line put in visual order (the
 * Unicode Bidirectional Algorithm's rule L2), so that Hebrew and Arabic read
 * right to left. A character no font has is folded to its compatibility form
 * (the tweet's mathematical bold letters become plain letters) and dropped
 * only when even that has no glyph: a card never shows a missing-glyph box.
 */
import type { Face } from "./fonts.ts";
import { type SetChar, setText } from "./shape.ts";

export { missingCharacters, type SetChar, setText } from "./shape.ts";

/** A line as set, in visual order, and its width in pixels. */
export interface Line {
  chars: SetChar[];
  width: number;
  /** Whether its paragraph reads right to left: the line then stands against the right margin. */
  rtl?: boolean;
}

const ELLIPSIS = "…";

/** The last texts set: a card tries its texts at several sizes and in several heights. */
const recent = new Map<string, SetChar[]>();

function setAgain(face: Face, text: string, size: number): SetChar[] {
  const key = `${face.name.family}-${face.name.italic ? "italic" : ""}-${face.name.weight}-${size}-${text}`;
  let set = recent.get(key);
  if (!set) {
    if (recent.size >= 32) recent.clear();
    set = setText(face, text, size);
    recent.set(key, set);
  }
  return set;
}

/** The width of `chars` in pixels. */
export function widthOf(chars: readonly SetChar[]): number {
  let width = 0;
  for (const char of chars) width += char.advance;
  return width;
}

/**
 * `text` wrapped into at most `maxLines` lines of at most `maxWidth` pixels,
 * breaking at spaces, soft hyphens and between Japanese characters (inside a
 * word only when the word alone is too wide). The last line ends with an
 * ellipsis when text was left out; `fits` says whether all of it was shown.
 */
export function wrap(face: Face, text: string, size: number, maxWidth: number, maxLines: number) {
  const chars = [...setAgain(face, text, size)];
  const rtl = paragraphLevel(chars) === 1;
  const lines: SetChar[][] = [];
  let start = 0;
  while (start < chars.length && lines.length < maxLines) {
    while (chars[start]?.breaks) start++;
    if (start >= chars.length) break;
    let end = lineEnd(chars, start, maxWidth);
    if (end === start) {
      // A piece wider than the line alone is set again one character a piece, then broken.
      const wide = chars[start] as SetChar;
      const each = setText(face, wide.text, size, true).map((char) => ({
        ...char,
        level: wide.level,
      }));
      if (each.length > 1) {
        Object.assign(each.at(-1) as SetChar, { breakAfter: wide.breakAfter, hyphen: wide.hyphen });
        chars.splice(start, 1, ...each);
        continue;
      }
      end = start + 1;
    }
    const line = chars.slice(start, end);
    const last = line.at(-1) as SetChar;
    if (end < chars.length && last.hyphen) line.push(last.hyphen);
    lines.push(line);
    start = end;
  }
  while (chars[start]?.breaks) start++;
  const fits = start >= chars.length;
  if (!fits) ellipsize(face, lines, size, maxWidth);
  return { lines: lines.map((line) => visual(line, rtl)), fits };
}

/** Where the line that starts at `start` ends: at the last place to break within `maxWidth`. */
function lineEnd(chars: readonly SetChar[], start: number, maxWidth: number): number {
  let end = start;
  let width = 0;
  let lastBreak = -1;
  while (end < chars.length) {
    const char = chars[end] as SetChar;
    if (width + char.advance > maxWidth) break;
    if (char.breaks) lastBreak = end;
    width += char.advance;
    end++;
    if (char.breakAfter && width + (char.hyphen?.advance ?? 0) <= maxWidth) lastBreak = end;
  }
  if (end < chars.length && !(chars[end] as SetChar).breaks && lastBreak > start) end = lastBreak;
  return end;
}

function ellipsize(face: Face, lines: SetChar[][], size: number, maxWidth: number): void {
  const last = lines.at(-1);
  if (!last) return;
  const ellipsis = setText(face, ELLIPSIS, size).map((char) => ({
    ...char,
    level: paragraphLevel(last),
  }));
  const room = maxWidth - widthOf(ellipsis);
  const kept = last.filter((char) => !isHyphen(char, last));
  while (kept.length > 0 && widthOf(kept) > room) kept.pop();
  // Cut at the last space when there is one, so that no word is cut in two.
  const space = kept.findLastIndex((char) => char.breaks);
  if (space > 0) kept.length = space;
  // Nor end on a space or a separator: « Message viral… », not « Message viral ·… ».
  while (kept.length > 0 && /^[\s·,;:–—-]$/u.test((kept.at(-1) as SetChar).text)) kept.pop();
  lines[lines.length - 1] = [...kept, ...ellipsis];
}

function isHyphen(char: SetChar, line: readonly SetChar[]): boolean {
  return char === line.at(-1) && line.at(-2)?.hyphen === char;
}

/** The level of the paragraph `chars` belong to: 1 when its first strong character reads right to left. */
function paragraphLevel(chars: readonly SetChar[]): number {
  return chars.length > 0 && chars.every((char) => char.level > 0) ? 1 : 0;
}

/** `chars` in visual order without trailing spaces: each run at a level or above reversed, highest first (rule L2). */
function visual(chars: SetChar[], rtl: boolean): Line {
  let end = chars.length;
  while (end > 0 && (chars[end - 1] as SetChar).breaks) end--;
  const kept = chars.slice(0, end);
  const highest = Math.max(0, ...kept.map((char) => char.level));
  const lowestOdd = Math.min(...kept.map((char) => char.level | 1));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < kept.length; i++) {
      if ((kept[i] as SetChar).level < level) continue;
      let j = i;
      while (j < kept.length && (kept[j] as SetChar).level >= level) j++;
      kept.splice(i, j - i, ...kept.slice(i, j).reverse());
      i = j;
    }
  }
  return { chars: kept, width: widthOf(kept), rtl };
}
