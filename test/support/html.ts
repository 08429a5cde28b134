/**
 * Reading built pages the way a browser would, for the tests of the built
 * site: a parsed tree, elements in document order, text with character
 * references decoded, and ids.
 *
 * The parser is ultrahtml and the decoder `entities`, both already installed
 * with Astro; only this module knows it, so that another parser (parse5) can
 * take their place here alone.
 */
import { decodeHTML, decodeHTMLAttribute } from "entities";
import { ELEMENT_NODE, parse, TEXT_NODE } from "ultrahtml";

/** A node of a parsed page, as ultrahtml gives it. */
export interface Node {
  type: number;
  name?: string;
  value?: string;
  attributes?: Record<string, string>;
  children?: Node[];
}

/** An element of a parsed page. */
export interface Element extends Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
}

/** Elements whose start or end is a line of text in its own right: text never runs across them. */
const BLOCKS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);

// Elements whose content is raw text, not markup: their text is not decoded.
const RAW_TEXT = new Set(["script", "style"]);

/** Parses a whole HTML document. */
export function parseHtml(html: string): Node {
  return parse(html) as Node;
}

/** Whether `node` is an element. */
export function isElement(node: Node): node is Element {
  return node.type === ELEMENT_NODE;
}

/** Every element under `root` that `test` accepts, in document order. */
export function elements(root: Node, test: (element: Element) => boolean = () => true): Element[] {
  const found: Element[] = [];
  const visit = (node: Node): void => {
    if (isElement(node) && test(node)) found.push(node);
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return found;
}

/** The first element named `name` under `root`. */
export function first(root: Node, name: string): Element | undefined {
  return elements(root, (element) => element.name === name)[0];
}

/** The decoded value of an attribute, or undefined when the element has none. */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.attributes[name];
  return value === undefined ? undefined : decodeHTMLAttribute(value);
}

/** The text content of `node`, with character references decoded (raw for script and style). */
export function textContent(node: Node): string {
  if (node.type === TEXT_NODE) return decodeHTML(node.value ?? "");
  if (isElement(node) && RAW_TEXT.has(node.name)) {
    return node.children.map((child) => child.value ?? "").join("");
  }
  return (node.children ?? []).map(textContent).join("");
}

/** Every id of the page, with how many elements carry it. */
export function idCounts(root: Node): Map<string, number> {
  const counts = new Map<string, number>();
  for (const element of elements(root)) {
    const id = attribute(element, "id");
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/**
 * The runs of text that elements matching `inside` cover, in document order:
 * text in consecutive matching elements joins into one run, and a run ends at
 * any other text or at the edge of a block (a paragraph, a list item...). A
 * text node inside two nested matches counts once.
 */
export function coveredRuns(root: Node, inside: (element: Element) => boolean): string[] {
  const runs: string[] = [];
  let current: string | undefined;
  const end = (): void => {
    if (current !== undefined) runs.push(current);
    current = undefined;
  };
  const visit = (node: Node, covered: boolean): void => {
    if (node.type === TEXT_NODE) {
      const text = decodeHTML(node.value ?? "");
      if (covered) current = (current ?? "") + text;
      else if (text !== "") end();
      return;
    }
    const block = isElement(node) && BLOCKS.has(node.name);
    if (block) end();
    const coversChildren = covered || (isElement(node) && inside(node));
    for (const child of node.children ?? []) visit(child, coversChildren);
    if (block) end();
  };
  visit(root, false);
  end();
  return runs;
}
