/** A source as quote diagnostics name it: its id, path, searchable text and lines. */
import { location } from "vfile-location";
import type { Searchable } from "./searchable.ts";

/** The source as a quote diagnostic names it. */
export interface QuotedSource {
  /** The source's id. */
  id: string;
  /** Display path of the source file. */
  path: string;
  /** Its searchable text. */
  text: Searchable;
  /** Line of an offset of the source file. */
  line(offset: number): number;
}

/** A source as quote diagnostics name it, from its path, text and searchable text. */
export function quotedSource(
  id: string,
  path: string,
  raw: string,
  text: Searchable,
): QuotedSource {
  const lines = location(raw);
  return { id, path, text, line: (offset) => lines.toPoint(offset)?.line ?? 1 };
}
