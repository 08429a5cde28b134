/**
 * Pieces of a source's visible text and of a quote as they are written, for
 * messages: ranges of normalised text mapped back to the characters they came
 * from, and a few words of context around a place.
 */
import type { Normalized } from "./text.ts";
import { normalize } from "./text.ts";

const CONTEXT = 24;

/** Maps a range of normalised text, from `offset` on, to the text it was normalised from. */
export function mapper(map: Normalized, offset: number, visible: string) {
  return (from: number, to: number): [number, number] => {
    if (from < to) return [map.starts[offset + from] ?? 0, map.ends[offset + to - 1] ?? 0];
    const at =
      offset + from < map.text.length
        ? (map.starts[offset + from] ?? 0)
        : (map.ends[offset + from - 1] ?? visible.length);
    return [at, at];
  };
}

/** Maps a range of the normalised quote part to the quote as written, when known. */
export function quoteMapper(part: string, raw: string | undefined) {
  const map = raw === undefined ? undefined : normalize(raw);
  const lead = map ? map.text.length - map.text.trimStart().length : 0;
  if (!map || raw === undefined || map.text.trim() !== part) {
    return (from: number, to: number) => part.slice(from, to);
  }
  const toRaw = mapper(map, lead, raw);
  return (from: number, to: number) => raw.slice(...toRaw(from, to));
}

/** Narrows a range of `text` to leave out white space at either end. */
export function trim(text: string, range: [number, number]): void {
  while (range[0] < range[1] && /\s/u.test(text[range[0]] ?? "")) range[0]++;
  while (range[1] > range[0] && /\s/u.test(text[range[1] - 1] ?? "")) range[1]--;
}

/** ASCII white space, line breaks included, reads as one space; other spaces stay. */
export function reader(text: string): string {
  return text.replace(/[\t\n\r ]+/gu, " ");
}

/** `…derrière [Claire], encore.`: the marked range and a few words either side, within its block. */
export function context(text: string, [start, end]: [number, number]): string {
  const blockStart = text.lastIndexOf("\n\n", start - 1);
  const blockEnd = text.indexOf("\n\n", end);
  const from = Math.max(blockStart === -1 ? 0 : blockStart + 2, start - CONTEXT);
  const to = Math.min(blockEnd === -1 ? text.length : blockEnd, end + CONTEXT);
  let before = text.slice(from, start);
  let after = text.slice(end, to);
  if (from > 0 && text.slice(from - 2, from) !== "\n\n") {
    before = `…${before.replace(/^\S*\s/u, "")}`;
  }
  if (to < text.length && text.slice(to, to + 2) !== "\n\n") {
    after = `${after.replace(/\s\S*$/u, "")}…`;
  }
  return reader(`${before}[${text.slice(start, end)}]${after}`);
}
