/**
 * Wrapping quoted passages of a rendered source in `<mark data-quote>`
 * elements. Marks are placed by file offsets: every hast text node knows where
 * its Markdown was written, so the page's marks, the check's quote location
 * and the source's text all come from one parse. Overlapping quotes nest.
 */
import type { Element, ElementContent, Root, RootContent, Text } from "hast";
import { alignOffsets } from "../quote/passages.ts";

/** A quote to mark: its fragment id and its parts' ranges in the source file. */
export interface MarkRange {
  fragment: string;
  fileStart: number;
  fileEnd: number;
}

/**
 * Wraps the ranges in `tree` (made from `body`, which starts at `bodyOffset` of
 * the file) in marks; the first mark of each fragment carries its id and its
 * note number (`data-note`, 1 for the passage that starts first). Returns, for
 * each fragment in reading order, the index of the root child where its first
 * mark stands.
 */
export function applyMarks(
  tree: Root,
  body: string,
  bodyOffset: number,
  ranges: readonly MarkRange[],
): Map<string, number> {
  const firstBlock = new Map<string, number>();
  if (ranges.length === 0) return firstBlock;
  // The fragment breaks ties: two claims quoting the same words get the same
  // marks and numbers whichever was loaded or edited first.
  const sorted = [...ranges].sort(
    (a, b) =>
      a.fileStart - b.fileStart ||
      b.fileEnd - a.fileEnd ||
      (a.fragment < b.fragment ? -1 : a.fragment > b.fragment ? 1 : 0),
  );
  const order = new Map(sorted.map((range, index) => [range.fragment, index]));
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
      for (const range of opening) {
        firstBlock.set(range.fragment, block);
        numbers.set(range.fragment, firstBlock.size);
      }
      let content: ElementContent = { type: "text", value: text };
      for (const range of outerFirst.reverse()) {
        const at = opening.indexOf(range);
        content = mark(range.fragment, content, at === -1 ? undefined : at);
      }
      return content;
    });
  };

  /** A mark; `opening` is its place among the passages whose first mark opens at this point. */
  const mark = (fragment: string, content: ElementContent, opening?: number): Element => {
    const properties: Element["properties"] = { dataQuote: fragment };
    if (opening !== undefined) {
      properties.id = fragment;
      properties.dataNote = String(numbers.get(fragment));
      // A number right after another one: the stylesheet writes a comma between them.
      if (opening > 0) properties.dataNoteAfter = "";
    }
    return { type: "element", tagName: "mark", properties, children: [content] };
  };

  visit(tree, 0);
  return firstBlock;
}

function sameRanges(a: readonly MarkRange[], b: readonly MarkRange[]): boolean {
  return a.length === b.length && a.every((range, index) => range === b[index]);
}
