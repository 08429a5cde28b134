/**
 * The article's HTML made ready for Markdown: what is never archived text is
 * dropped, `<sup>`/`<sub>` become characters, a table's caption becomes a
 * paragraph before it (a GFM table has none), and a cell's blocks become one
 * line of text (a GFM cell holds one line: "<p>Un</p><p>Deux</p>" would
 * otherwise read "UnDeux", and a list would break the table).
 */
import type { Element, ElementContent, Nodes } from "hast";
import { raisedText } from "./raised-text.ts";

/** Elements whose content is never part of the archived text. */
const DROPPED = new Set(
  "script style template noscript iframe frame frameset object embed applet img picture video audio source track canvas svg math map area form input button select textarea dialog".split(
    " ",
  ),
);

/** Elements that stand on lines of their own: inside a cell, a space takes their place. */
const BLOCKS = new Set(
  "address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul".split(
    " ",
  ),
);

/** Prepares `tree` in place. */
export function prepareHtml(tree: Nodes): void {
  if (!("children" in tree)) return;
  tree.children = tree.children.flatMap((child): ElementContent[] => {
    if (child.type === "comment") return [];
    if (child.type !== "element") return [child as ElementContent];
    if (DROPPED.has(child.tagName)) return [];
    if (child.tagName === "sup" || child.tagName === "sub") return [raisedText(child)];
    if (child.tagName === "td" || child.tagName === "th") child.children = oneLine(child.children);
    if (child.tagName !== "table") return [child];
    const captions = child.children.filter(isCaption);
    child.children = child.children.filter((cell) => !isCaption(cell));
    return [...captions.map((caption): Element => ({ ...caption, tagName: "p" })), child];
  }) as typeof tree.children;
  for (const child of tree.children) prepareHtml(child);
}

function isCaption(node: ElementContent): node is Element {
  return node.type === "element" && node.tagName === "caption";
}

/** The inline content of a cell's blocks, a space between them. */
function oneLine(children: readonly ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type !== "element") return [child];
    if (DROPPED.has(child.tagName)) return [];
    if (!BLOCKS.has(child.tagName)) {
      child.children = oneLine(child.children);
      return [child];
    }
    return [space(), ...oneLine(child.children), space()];
  });
}

function space(): ElementContent {
  return { type: "text", value: " " };
}
