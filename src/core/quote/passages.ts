/**
 * The text a reader sees in a source, from its Markdown: Markdown syntax is
 * dropped, blocks are separated by a blank line, and every visible character
 * keeps the offset in the file it was written at.
 */
import type { Nodes, Root } from "mdast";

/** One block of visible text: a paragraph, heading, list item line, table cell or code block. */
export interface Block {
  /** Offset of the block's first visible character in {@link VisibleText.text}. */
  start: number;
  /** Offset just after the block's last visible character. */
  end: number;
  /** The mdast node type of the block (`paragraph`, `heading`, `code`, `tableCell`). */
  kind: string;
}

/** Reader-visible text of a Markdown document, mapped back to the file. */
export interface VisibleText {
  /** The text as a reader sees it; blocks are joined by `\n\n`. */
  text: string;
  /** `offsets[i]`: offset in the file of visible character `i`. */
  offsets: Int32Array;
  /** `offsetEnds[i]`: offset in the file just after visible character `i`. */
  offsetEnds: Int32Array;
  /** The blocks, in reading order. */
  blocks: Block[];
}

const LEAF_BLOCKS = new Set(["paragraph", "heading", "code", "tableCell"]);
const SKIPPED = new Set(["html", "image", "imageReference", "definition", "thematicBreak", "yaml"]);

/**
 * Extracts the visible text of `tree`, parsed from `markdown` which starts at
 * offset `base` of its file.
 */
export function visibleText(tree: Root, markdown: string, base = 0): VisibleText {
  const pieces: string[] = [];
  let size = 0;
  let capacity = markdown.length + 64;
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  const blocks: Block[] = [];

  const reserve = (units: number): void => {
    if (size + units <= capacity) return;
    capacity = Math.max(capacity * 2, size + units);
    const grownStarts = new Int32Array(capacity);
    const grownEnds = new Int32Array(capacity);
    grownStarts.set(starts);
    grownEnds.set(ends);
    starts = grownStarts;
    ends = grownEnds;
  };

  const emit = (value: string, from: number, to: number, raw: boolean): void => {
    reserve(value.length);
    pieces.push(value);
    if (raw) {
      const aligned = alignOffsets(value, markdown, from, to);
      for (let i = 0; i < value.length; i++) {
        starts[size + i] = base + (aligned.starts[i] as number);
        ends[size + i] = base + (aligned.ends[i] as number);
      }
    } else {
      starts.fill(base + from, size, size + value.length);
      ends.fill(base + to, size, size + value.length);
    }
    size += value.length;
  };

  const inline = (node: Nodes): void => {
    const from = node.position?.start.offset ?? 0;
    const to = node.position?.end.offset ?? from;
    if (SKIPPED.has(node.type)) return;
    if (node.type === "text" || node.type === "inlineCode" || node.type === "code") {
      emit(node.value, from, to, true);
    } else if (node.type === "break") {
      emit("\n", from, to, false);
    } else if ("children" in node) {
      for (const child of node.children) inline(child);
    }
  };

  const block = (node: Nodes): void => {
    if (SKIPPED.has(node.type)) return;
    if (LEAF_BLOCKS.has(node.type)) {
      const mark = { size, pieces: pieces.length };
      if (blocks.length > 0) {
        const previous = (ends[size - 1] ?? base) - base;
        emit("\n\n", previous, previous, false);
      }
      const start = size;
      inline(node);
      if (size > start) blocks.push({ start, end: size, kind: node.type });
      else {
        size = mark.size;
        pieces.length = mark.pieces;
      }
      return;
    }
    if ("children" in node) for (const child of node.children) block(child);
  };

  block(tree);
  return {
    text: pieces.join(""),
    offsets: starts.slice(0, size),
    offsetEnds: ends.slice(0, size),
    blocks,
  };
}

/**
 * Maps each UTF-16 unit of a node's `value` onto the raw Markdown it was parsed
 * from (`markdown.slice(from, to)`), which may hold escapes (`\*`), character
 * references (`&amp;`), and on continuation lines the `> ` or indentation of
 * its container: raw characters that the value does not have are skipped.
 * Returns, for each unit, the offset in `markdown` where it starts and ends.
 */
export function alignOffsets(
  value: string,
  markdown: string,
  from: number,
  to: number,
): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(value.length);
  const ends = new Int32Array(value.length);
  let i = 0;
  let j = from;
  while (i < value.length) {
    if (j < to && markdown[j] === value[i]) {
      starts[i] = j;
      ends[i] = j + 1;
      i++;
      j++;
      continue;
    }
    const semi = markdown[j] === "&" ? markdown.indexOf(";", j) : -1;
    if (semi !== -1 && semi < to && semi - j <= 32) {
      // A character reference decodes to one code point: one or two UTF-16 units.
      const units = (value.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
      for (let k = 0; k < units && i + k < value.length; k++) {
        starts[i + k] = j;
        ends[i + k] = semi + 1;
      }
      i += units;
      j = semi + 1;
      continue;
    }
    if (j < to) {
      j++;
      continue;
    }
    starts[i] = Math.max(from, to - 1);
    ends[i] = to;
    i++;
  }
  return { starts, ends };
}
