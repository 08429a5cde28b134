/**
 * HTML of an article to the Markdown of a source file, through the unified
 * collective (rehype-parse → rehype-remark → remark-stringify): headings,
 * paragraphs, lists, block quotes, emphasis and links stay; images, embedded
 * frames and raw HTML do not. Characters stay as published: nothing is made
 * "smart", no space is cleaned up, and remark-stringify escapes a character
 * only where it would otherwise read as Markdown syntax.
 */
import type { Root as HastRoot } from "hast";
import type { Nodes, Root } from "mdast";
import { gfmStrikethroughToMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableToMarkdown } from "mdast-util-gfm-table";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkStringify, { type Options as StringifyOptions } from "remark-stringify";
import { type Processor, unified } from "unified";
import { markupProblems } from "../core/content/markup.ts";
import { prepareHtml } from "./prepare-html.ts";

/** Block quotes and lists nested deeper than this are flattened: the check refuses more than 6. */
const MAX_NESTING = 4;

/** How the Markdown is written: the plainest form of each mark, one space after a bullet. */
export const STRINGIFY: StringifyOptions = {
  bullet: "-",
  emphasis: "*",
  strong: "*",
  rule: "-",
  fences: true,
  listItemIndent: "one",
  resourceLink: false,
};

/** Tables and strike-through, written as the check reads them (parseMarkdown). */
function gfmMarks(this: Processor): void {
  this.data("toMarkdownExtensions", [
    // Cells are not padded to one width: a wide table would grow by its widest cell on every row.
    gfmTableToMarkdown({ tablePipeAlign: false }),
    gfmStrikethroughToMarkdown(),
  ]);
}

/** The Markdown of `html`, a fragment holding an article; relative links resolve against `base`. */
export function htmlToMarkdown(html: string, base?: string): string {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(() => (tree: HastRoot) => prepareHtml(tree))
    // A browser draws the marks of <q> from its style sheet, and copying the text leaves
    // them out: they are not characters of the document, so none is added.
    .use(rehypeRemark, { quotes: [""] })
    .use(() => (tree: Root) => cleanTree(tree, base))
    .use(gfmMarks)
    .use(remarkStringify, STRINGIFY);
  return String(processor.processSync(html)).trimEnd();
}

/** Writes an mdast tree as Markdown, the way {@link htmlToMarkdown} does. */
export function treeToMarkdown(tree: Root): string {
  return unified().use(gfmMarks).use(remarkStringify, STRINGIFY).stringify(tree).trimEnd();
}

/**
 * Keeps what the check accepts: links to http, https and mailto addresses
 * (relative ones resolved against `base`, or unlinked without one) that do
 * not pose as another address; no images or HTML; nesting within bounds.
 */
function cleanTree(tree: Root, base: string | undefined): void {
  const visit = (node: Nodes, depth: number): Nodes[] => {
    if (node.type === "html" || node.type === "image" || node.type === "imageReference") return [];
    if (node.type === "definition") return [];
    const nests = node.type === "blockquote" || node.type === "list";
    if ("children" in node) {
      const inner = depth + (nests ? 1 : 0);
      node.children = node.children.flatMap((child) => visit(child, inner)) as typeof node.children;
    }
    if (node.type === "link") {
      const url = absolute(node.url, base);
      if (url === undefined) return node.children;
      node.url = url;
      node.title = null;
      const alone: Root = { type: "root", children: [{ type: "paragraph", children: [node] }] };
      if (markupProblems(alone).length > 0) return node.children;
    }
    if (node.type === "linkReference") return node.children;
    if (nests && depth >= MAX_NESTING)
      return node.type === "list" ? node.children.flatMap((item) => item.children) : node.children;
    return [node];
  };
  tree.children = tree.children.flatMap((child) => visit(child, 0)) as Root["children"];
}

function absolute(url: string, base: string | undefined): string | undefined {
  // An anchor of the saved page leads nowhere on the site.
  if (url.trim().startsWith("#")) return undefined;
  try {
    const resolved = new URL(url, base);
    return /^(https?|mailto):$/.test(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
