/**
 * The lines of a PDF's pages as a reader reads them: the running headers,
 * footers and page numbers that repeat at the top or bottom of the pages are
 * left out; lines are gathered into paragraphs; a paragraph that runs on to
 * the next page stays one paragraph (a line break marks where the page
 * turns, so each page starts on a line of its own: `pageLines` gives it); a
 * word split at a line's end is joined again when the document has it whole.
 *
 * A line-end hyphen (`-`, or U+2010 as Chromium draws it) is removed only when
 * the document has the whole word and not the hyphenated one elsewhere
 * ("pro‐" + "gramme" when "programme" stands in it): a real hyphen at the end
 * of a line ("anti-" + "drogue") is never removed on a guess. A soft hyphen
 * (U+00AD) is always removed: it only ever marks where a word may break.
 */
import type { Paragraph } from "mdast";
import { treeToMarkdown } from "./markdown.ts";

/** A line of a page, in content order. */
export interface Line {
  text: string;
  /** The baseline's height on the page. */
  y: number;
  /** The font size of the line's largest text. */
  size: number;
}

/** The text of a PDF, and the line of the Markdown on which each page starts (page 1 first). */
export interface Laid {
  markdown: string;
  pageLines: number[];
}

/** Lines at each end of a page that may be a running header or footer. */
const EDGE_LINES = 2;
const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:page|p\.)?\s*\d+(?:\s*(?:of|sur|de|\/)\s*\d+)?(?:\s*[-–—])?$/i;
const WORD = /[\p{L}\p{M}\-\u2010]+/gu;

/** Lays out `pages` as Markdown paragraphs. */
export function layOut(pages: readonly Line[][]): Laid {
  const kept = withoutRunningLines(pages);
  const words = wordsOf(kept);
  // Each paragraph: its lines, and the page on which each line stands.
  const paragraphs: Array<Array<{ text: string; page: number }>> = [];
  kept.forEach((lines, page) => {
    paragraphsOf(lines).forEach((paragraph, index) => {
      const placed = paragraph.map((text) => ({ text, page }));
      const previous = paragraphs.at(-1);
      if (index === 0 && previous && runsOn(previous, paragraph)) previous.push(...placed);
      else paragraphs.push(placed);
    });
  });
  const nodes: Paragraph[] = [];
  const pageLines: number[] = [];
  let line = 1;
  for (const paragraph of paragraphs) {
    const text = join(paragraph, words, (page, offset) => {
      while (pageLines.length <= page) pageLines.push(line + offset);
    });
    nodes.push({ type: "paragraph", children: [{ type: "text", value: text }] });
    line += text.split("\n").length + 1;
  }
  const markdown = treeToMarkdown({ type: "root", children: nodes });
  // Each paragraph is written on as many lines as its text has: anything else would misplace pages.
  const written = markdown.split("\n").length === line - 2;
  return { markdown, pageLines: written ? pageLines : [] };
}

/** The pages without the lines that repeat at their top or bottom, numbers aside, or that are page numbers. */
function withoutRunningLines(pages: readonly Line[][]): Line[][] {
  const key = (line: Line) =>
    line.text.replace(/\d+/g, "#").replace(/\s+/g, " ").trim().toLowerCase();
  const edges = pages.map((lines) => {
    const byHeight = [...lines].sort((a, b) => b.y - a.y);
    return new Set([...byHeight.slice(0, EDGE_LINES), ...byHeight.slice(-EDGE_LINES)]);
  });
  const seen = new Map<string, number>();
  for (const edge of edges) {
    for (const text of new Set([...edge].map(key))) seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  const repeated = (line: Line) => {
    const count = seen.get(key(line)) ?? 0;
    return count >= 2 && count >= pages.length / 2;
  };
  return pages.map((lines, page) =>
    lines.filter(
      (line) => !(edges[page]?.has(line) && (repeated(line) || PAGE_NUMBER.test(line.text.trim()))),
    ),
  );
}

/**
 * Groups lines into paragraphs: a line whose baseline stands more than 1.6
 * times its font size below the one before starts a new paragraph (single and
 * one-and-a-half spacing stay within it; a paragraph's margin does not).
 */
function paragraphsOf(lines: readonly Line[]): string[][] {
  const paragraphs: string[][] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const gap = previous ? Math.abs(previous.y - line.y) : Number.POSITIVE_INFINITY;
    const size = Math.max(line.size, previous?.size ?? 0) || 10;
    if (gap > size * 1.6) paragraphs.push([line.text]);
    else paragraphs.at(-1)?.push(line.text);
    previous = line;
  }
  return paragraphs;
}

/**
 * Whether the last paragraph of a page runs on into the first of the next:
 * the next starts in lowercase, or the last has several lines (a heading has
 * one) and no sentence ends it.
 */
function runsOn(last: ReadonlyArray<{ text: string }>, next: readonly string[]): boolean {
  const end = last.at(-1)?.text.trimEnd() ?? "";
  if (/^\s*\p{Ll}/u.test(next[0] ?? "")) return true;
  return last.length > 1 && !/[.!?…:»”"]$/u.test(end);
}

function wordsOf(pages: readonly Line[][]): Set<string> {
  const words = new Set<string>();
  for (const lines of pages) {
    for (const { text } of lines) for (const word of text.match(WORD) ?? []) words.add(plain(word));
  }
  return words;
}

function plain(word: string): string {
  return word.replace(/\u2010/g, "-").toLowerCase();
}

/**
 * Joins a paragraph's lines with a space, with nothing where a word was split
 * at the line's end, and with a line break where a page turns; `pageStarts`
 * is told the page and the line (within the paragraph) where it starts.
 */
function join(
  lines: ReadonlyArray<{ text: string; page: number }>,
  words: ReadonlySet<string>,
  pageStarts: (page: number, line: number) => void,
): string {
  let text = "";
  let breaks = 0;
  lines.forEach((line, index) => {
    const next = line.text.trimStart();
    if (index === 0) {
      pageStarts(line.page, 0);
      text = line.text;
      return;
    }
    const turns = line.page !== lines[index - 1]?.page;
    const split = splitWord(text, next, words);
    // A word split across the turn of a page: the page starts inside the line.
    if (turns) pageStarts(line.page, breaks + (split === undefined ? 1 : 0));
    if (split !== undefined) text = split;
    else if (turns) {
      text += `\n${next}`;
      breaks++;
    } else text += ` ${next}`;
  });
  return text;
}

/** `text` and `next` joined where `text` ends on a split word, or `undefined` when it does not. */
function splitWord(text: string, next: string, words: ReadonlySet<string>): string | undefined {
  if (text.endsWith("\u00AD")) return text.slice(0, -1) + next;
  const head = /([\p{L}\p{M}]+)[-\u2010]$/u.exec(text)?.[1];
  const tail = /^([\p{L}\p{M}]+)/u.exec(next)?.[1];
  if (!head || !tail) return undefined;
  const whole = words.has(plain(head + tail)) && !words.has(plain(`${head}-${tail}`));
  return whole ? text.slice(0, -1) + next : text + next;
}
