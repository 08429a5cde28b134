/**
 * Wrapping quoted passages of a rendered source in `<mark data-quote>`
 * elements. Marks are placed by file offsets: every hast text node knows where
 * its Markdown was written, so the page's marks, the check's quote location
 * and the source's text all come from one parse. Overlapping quotes nest.
 * Quotes of the very same words (two fact-checks citing one passage) are one
 * passage: one number, one note.
 */
import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import { alignOffsets } from "../quote/passages.ts";

/** A quote to mark: its fragment id and its parts' ranges in the source file. */
export interface MarkRange {
  fragment: string;
  fileStart: number;
  fileEnd: number;
}

/** Where a fragment's first mark stands, and the number of its passage. */
export interface MarkedFragment {
  /** The index of the root child that holds the first mark. */
  block: number;
  /** The passage's note number: fragments of the very same parts share it. */
  number: number;
}

/**
 * Wraps the ranges in `tree` (made from `body`, which starts at `bodyOffset` of
 * the file) in marks; the first mark of each fragment carries its id, and the
 * first mark of each passage its note number (`data-note`, 1 for the passage
 * that starts first): fragments whose parts are the very same ranges are one
 * passage, shown with one number. Returns, for each fragment in reading order,
 * the block of its first mark and its passage's number.
 */
export function applyMarks(
  tree: Root,
  body: string,
  bodyOffset: number,
  ranges: readonly MarkRange[],
): Map<string, MarkedFragment> {
  const firstBlock = new Map<string, MarkedFragment>();
  if (ranges.length === 0) return firstBlock;
  const passageOf = passages(ranges);
  // The fragment breaks ties: two claims quoting the same words get the same
  // marks and numbers whichever was loaded or edited first.
  const sorted = [...ranges].sort(
    (a, b) =>
      a.fileStart - b.fileStart ||
      b.fileEnd - a.fileEnd ||
      (a.fragment < b.fragment ? -1 : a.fragment > b.fragment ? 1 : 0),
  );
  const order = new Map(sorted.map((range, index) => [range.fragment, index]));
  // The number of each passage, by the key of its parts.
  const numbers = new Map<string, number>();

  const visit = (parent: Root | Element, block: number): void => {
    const children: Array<RootContent | ElementContent> = [];
    for (const [index, child] of parent.children.entries()) {
      const at = parent.type === "root" ? index : block;
      if (child.type === "text" && child.position) {
        children.push(...markText(child, at));
      } else {
        if (child.type === "element") visit(child, at);
        children.push(child);
      }
    }
    parent.children = children as typeof parent.children;
  };

  const markText = (node: Text, block: number): Array<ElementContent> => {
    const from = node.position?.start.offset ?? 0;
    const to = node.position?.end.offset ?? from;
    const touching = sorted.filter(
      (range) => range.fileStart < bodyOffset + to && range.fileEnd > bodyOffset + from,
    );
    if (touching.length === 0) return [node];
    const { starts } = alignOffsets(node.value, body, from, to);
    const runs: Array<{ text: string; active: MarkRange[] }> = [];
    for (let i = 0; i < node.value.length; i++) {
      const offset = bodyOffset + (starts[i] as number);
      const active = touching.filter(
        (range) => range.fileStart <= offset && offset < range.fileEnd,
      );
      const last = runs[runs.length - 1];
      if (last && sameRanges(last.active, active)) last.text += node.value[i];
      else runs.push({ text: node.value[i] as string, active });
    }
    return runs.map(({ text, active }) => {
      // Outermost first: the passages that open here are numbered in that order, so that the
      // numbers standing side by side rise (² ³), never ³².
      const outerFirst = [...active].sort(
        (a, b) => (order.get(a.fragment) ?? 0) - (order.get(b.fragment) ?? 0),
      );
      const opening = outerFirst.filter((range) => !firstBlock.has(range.fragment));
      // The passages whose number is shown here: those opening for the first time.
      const shown: MarkRange[] = [];
      for (const range of opening) {
        const passage = passageOf.get(range.fragment) as string;
        let number = numbers.get(passage);
        if (number === undefined) {
          number = numbers.size + 1;
          numbers.set(passage, number);
          shown.push(range);
        }
        firstBlock.set(range.fragment, { block, number });
      }
      let content: ElementContent = { type: "text", value: text };
      for (const range of outerFirst.reverse()) {
        content = mark(range.fragment, content, opening.includes(range), shown.indexOf(range));
      }
      return content;
    });
  };

  /**
   * A mark; the first of its fragment (`first`) carries the id, and the first of its passage
   * the number: `numbered` is its place among the numbers shown at this point (-1: none).
   */
  const mark = (
    fragment: string,
    content: ElementContent,
    first: boolean,
    numbered: number,
  ): Element => {
    const properties: Element["properties"] = { dataQuote: fragment };
    if (first) properties.id = fragment;
    if (numbered !== -1) {
      properties.dataNote = String(firstBlock.get(fragment)?.number);
      // A number right after another one: the stylesheet writes a comma between them.
      if (numbered > 0) properties.dataNoteAfter = "";
    }
    return { type: "element", tagName: "mark", properties, children: [content] };
  };

  visit(tree, 0);
  return firstBlock;
}

/** The passage of each fragment: the key of its parts, shared by fragments of the very same ranges. */
function passages(ranges: readonly MarkRange[]): Map<string, string> {
  const parts = new Map<string, string[]>();
  for (const range of ranges) {
    const list = parts.get(range.fragment) ?? [];
    list.push(`${range.fileStart}-${range.fileEnd}`);
    parts.set(range.fragment, list);
  }
  return new Map([...parts].map(([fragment, list]) => [fragment, list.sort().join(",")]));
}

function sameRanges(a: readonly MarkRange[], b: readonly MarkRange[]): boolean {
  return a.length === b.length && a.every((range, index) => range === b[index]);
}
