import { normalizeText } from "../../../src/core/quote/text.ts";
import type { SourceDoc } from "./source.ts";

const normalized = new WeakMap<SourceDoc, string>();

/**
 * How many times `text` occurs in the source's visible text, both normalised; overlapping
 * occurrences count, as they make a quote just as ambiguous.
 */
export function count(source: SourceDoc, text: string): number {
  let haystack = normalized.get(source);
  if (haystack === undefined) {
    haystack = normalizeText(source.text);
    normalized.set(source, haystack);
  }
  const needle = normalizeText(text);
  let found = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found++;
  return found;
}
