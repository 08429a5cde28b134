/**
 * French typography for what the site shows of its own writing (a claim, its
 * summary and reasoning, the site's pages): a narrow no-break space before
 * `: ; ! ?` and `»` and after `«`, so that a colon or a closing guillemet never
 * starts a line. Only white space changes: the text reads and matches the same.
 * Archived sources are never touched: they stand as published.
 */
import type { Element, Root } from "hast";

const BEFORE = /[ \u00a0]+([:;!?»])/g;
const AFTER = /«[ \u00a0]+/g;

/** `text` with French spacing when `lang` is French; unchanged otherwise. */
export function frenchSpacing(text: string, lang: string): string {
  if (!isFrench(lang)) return text;
  return text.replace(BEFORE, "\u202f$1").replace(AFTER, "«\u202f");
}

/** Applies {@link frenchSpacing} to every text of `tree` outside code. */
export function frenchSpacingTree(tree: Root | Element, lang: string): void {
  if (!isFrench(lang)) return;
  for (const child of tree.children) {
    if (child.type === "text") child.value = frenchSpacing(child.value, lang);
    else if (child.type === "element" && child.tagName !== "code" && child.tagName !== "pre")
      frenchSpacingTree(child, lang);
  }
}

function isFrench(lang: string): boolean {
  return lang === "fr" || lang.startsWith("fr-");
}
