/**
 * A plain text copy to Markdown. Paragraphs are separated by blank lines. A
 * copy with no blank line at all (text copied out of a browser, one line per
 * block) has a paragraph per line instead, except that a line starting with a
 * lowercase letter or a closing punctuation mark continues the one before: no
 * French or English paragraph starts that way, and a browser breaks lines
 * there around a quotation set apart in the page. Lines starting with `- ` are
 * list items, as Markdown reads them; every other character is escaped where
 * it would read as Markdown, so the text stays what it was.
 */
import type { List, ListItem, Paragraph, RootContent } from "mdast";
import { treeToMarkdown } from "./markdown.ts";

const CONTINUATION = /^[\p{Ll},.;:!?…)\]»”’]/u;
const BULLET = /^- (?=\S)/;

/** The Markdown of the plain text `text`. */
export function textToMarkdown(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const first = lines.findIndex((line) => line.trim() !== "");
  const last = lines.findLastIndex((line) => line.trim() !== "");
  const linePerBlock = lines.slice(first, last + 1).every((line) => line.trim() !== "");
  const blocks: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.trim() === "") {
      current = undefined;
      continue;
    }
    const continues =
      current !== undefined && (!linePerBlock || CONTINUATION.test(line)) && !BULLET.test(line);
    if (continues && current) {
      current.push(line);
    } else {
      current = [line];
      blocks.push(current);
    }
  }
  return treeToMarkdown({ type: "root", children: toNodes(blocks) });
}

function toNodes(blocks: string[][]): RootContent[] {
  const nodes: RootContent[] = [];
  for (const block of blocks) {
    const first = block[0] ?? "";
    if (!BULLET.test(first)) {
      nodes.push(paragraph(block.join("\n")));
      continue;
    }
    const item: ListItem = {
      type: "listItem",
      spread: false,
      children: [paragraph(block.join("\n").replace(BULLET, ""))],
    };
    const last = nodes.at(-1);
    if (last?.type === "list") last.children.push(item);
    else
      nodes.push({ type: "list", ordered: false, spread: false, children: [item] } satisfies List);
  }
  return nodes;
}

function paragraph(value: string): Paragraph {
  return { type: "paragraph", children: [{ type: "text", value }] };
}
