/** The example site's two archived sources, prepared for locating quotes, for the tests. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type ContentFile, openContentFile } from "../../content/content-file.ts";
import { parseMarkdown, visibleText } from "../passages.ts";
import { type Searchable, searchable } from "../searchable.ts";

/** A source of the example site, read and made searchable. */
export interface SeedSource {
  file: ContentFile;
  text: Searchable;
}

/** Loads `content/sources/<id>.md` of the example site. */
export function seedSource(id: string): SeedSource {
  const path = fileURLToPath(new URL(`../../../../content/sources/${id}.md`, import.meta.url));
  const file = openContentFile(readFileSync(path, "utf8"), path);
  if (!("body" in file)) throw new Error(`${id}: ${file.reason}`);
  const text = searchable(visibleText(parseMarkdown(file.body), file.body, file.bodyOffset));
  return { file, text };
}

/** The source file's own characters at each located part. */
export function originals(seed: SeedSource, parts: Array<{ fileStart: number; fileEnd: number }>) {
  return parts.map((part) => seed.file.raw.slice(part.fileStart, part.fileEnd));
}
