import type { SourceDoc } from "./source.ts";

const normalized = new WeakMap<SourceDoc, string>();

/**
 * How many times `text` occurs in the source's visible text, both normalised; overlapping
 * occurrences count, as they make a quote just as ambiguous.
 */
export function count(source: SourceDoc, text: string): number {
  let haystack = normalized.get(source);
  if (haystack === undefined) {
    haystack = normalize(source.text);
    normalized.set(source, haystack);
  }
  const needle = normalize(text);
  let found = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found++;
  return found;
}

/**
 * The design's normalisation, restricted to what the generated text contains: NFKC, plain
 * apostrophes and quotation marks (the space inside guillemets belonging to them, as in
 * `src/core/text.ts`), and one space for every run of white space.
 */
export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[’‘]/g, "'")
    .replace(/«\s*|\s*»|[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}
