/** A source's visible text prepared for finding quotes in it. */
import type { VisibleText } from "./passages.ts";
import { type Normalized, normalize } from "./text.ts";

/** A source prepared for searching: its visible text and that text normalised. */
export interface Searchable {
  /** The reader-visible text and its map to the file. */
  visible: VisibleText;
  /** `visible.text` normalised, mapped to visible offsets. */
  normalized: Normalized;
}

/** Prepares a source's visible text for `locate`. */
export function searchable(visible: VisibleText): Searchable {
  return { visible, normalized: normalize(visible.text) };
}
