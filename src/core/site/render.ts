/**
 * Markdown to HTML with the unified collective (mdast -> hast -> HTML), from the
 * same mdast the check located quotes in. Content comes from strangers, and the
 * page's markup is ours: the check refuses raw HTML and addresses that are not
 * http, https, mailto or relative (rules.ts). Should a page ever be rendered
 * from unchecked content, the renderer keeps the same line on its own: raw
 * HTML is dropped (mdast-util-to-hast leaves it out unless told otherwise), and
 * so is an unsafe `href` or `src`.
 */
import type { Element, ElementContent, Root as HastRoot, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Root } from "mdast";
import { toHast } from "mdast-util-to-hast";
import { CITATION_REFERENCE } from "../check/claims.ts";
import { parseMarkdown } from "../content/markdown.ts";
import { isSafeUrl } from "../content/markup.ts";
import { foldPresentation } from "../quote/fold.ts";
import { applyMarks, type MarkRange } from "./marks.ts";
import { frenchSpacingTree } from "./typography.ts";

/**
 * The notes of the passages that begin in a block: their fragments and note numbers, in reading
 * order (fragments of one passage, quoting the very same words, share a number).
 */
export type PassageAside = (notes: Array<{ fragment: string; number: number }>) => Element;

/**
 * Renders a source's body with its quoted passages marked. Each block where
 * passages begin is wrapped with its notes, `<div class="cited">`, the notes
 * first: on a wide screen they float into the margin beside the block, on a
 * narrow one the stylesheet shows them under it.
 */
export function renderSource(
  tree: Root,
  body: string,
  bodyOffset: number,
  ranges: readonly MarkRange[],
  aside: PassageAside,
): string {
  const hast = toHast(tree) as HastRoot;
  const firstBlock = applyMarks(hast, body, bodyOffset, ranges);
  // The source's own text only: the notes added next are ours, their links made by the site and
  // their text kept out of the search index.
  indexLookalikes(hast);
  dropUnsafeUrls(hast);
  const byBlock = new Map<number, Array<{ fragment: string; number: number }>>();
  for (const [fragment, { block, number }] of firstBlock)
    byBlock.set(block, [...(byBlock.get(block) ?? []), { fragment, number }]);
  const children: RootContent[] = [];
  hast.children.forEach((child, index) => {
    const notes = byBlock.get(index);
    if (!notes || child.type !== "element") {
      children.push(child);
      return;
    }
    children.push({
      type: "element",
      tagName: "div",
      properties: { className: ["cited"] },
      children: [aside(notes), child],
    });
  });
  hast.children = children;
  return toHtml(hast);
}

const NO_BREAK_SPACES = /[\u00a0\u2007\u202f]/g;

const BLOCKS = new Set(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "pre"]);

/**
 * A block written in Unicode look-alike letters (the bold tweet) gets its plain
 * letters in an attribute that the search index reads, so that searching
 * `proposer` finds `𝐩𝐫𝐨𝐩𝐨𝐬𝐞𝐫`; readers and screen readers see the original only.
 */
function indexLookalikes(parent: HastRoot | Element): void {
  for (const child of parent.children) {
    if (child.type !== "element") continue;
    if (BLOCKS.has(child.tagName)) {
      const text = textOf(child);
      const plain = foldPresentation(text);
      // Only look-alike letters: no-break spaces, which the folding also folds, are white space
      // to the search index already, and French puts them in almost every paragraph.
      if (plain !== text.normalize("NFC").replace(NO_BREAK_SPACES, " ")) {
        child.properties.dataSearchText = plain;
        child.properties.dataPagefindIndexAttrs = "data-search-text";
      }
    } else indexLookalikes(child);
  }
}

function textOf(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type === "element") return node.children.map(textOf).join("");
  return "";
}

/**
 * Renders a claim's reasoning; `[@id]` becomes a numbered link to the citation
 * card `#citation-<id>` (numbered in the order of the citations).
 */
export function renderClaimBody(
  body: string,
  citationIds: readonly string[],
  label: (id: string) => string,
  lang = "",
): string {
  const hast = toHast(parseMarkdown(body)) as HastRoot;
  linkReferences(hast, citationIds, label);
  frenchSpacingTree(hast, lang);
  dropUnsafeUrls(hast);
  return toHtml(hast);
}

function linkReferences(
  parent: HastRoot | Element,
  ids: readonly string[],
  label: (id: string) => string,
): void {
  const children: Array<RootContent | ElementContent> = [];
  for (const child of parent.children) {
    if (child.type === "element") linkReferences(child, ids, label);
    if (child.type !== "text" || !child.value.includes("[@")) {
      children.push(child);
      continue;
    }
    let last = 0;
    for (const match of child.value.matchAll(CITATION_REFERENCE)) {
      const id = match[1] ?? "";
      const number = ids.indexOf(id) + 1;
      if (number === 0) continue;
      children.push({ type: "text", value: child.value.slice(last, match.index) });
      children.push({
        type: "element",
        tagName: "a",
        properties: {
          className: ["cite-ref"],
          href: `#citation-${id}`,
          dataRef: id,
          ariaLabel: label(id),
        },
        children: [{ type: "text", value: `[${number}]` }],
      });
      last = match.index + match[0].length;
    }
    children.push({ type: "text", value: child.value.slice(last) });
  }
  parent.children = children as typeof parent.children;
}

/** Removes every `href` and `src` that {@link isSafeUrl} refuses. */
function dropUnsafeUrls(parent: HastRoot | Element): void {
  for (const child of parent.children) {
    if (child.type !== "element") continue;
    for (const name of ["href", "src"]) {
      const value = child.properties[name];
      if (typeof value === "string" && !isSafeUrl(value)) delete child.properties[name];
    }
    dropUnsafeUrls(child);
  }
}
