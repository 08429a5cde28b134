/** The fixture site's two archived sources, prepared for locating quotes, for the tests. */
import { readFileSync } from "node:fs";
import { fixtureFile } from "../../../../test/support/fixture-site.ts";
import { type ContentFile, openContentFile } from "../../content/content-file.ts";
import { parseMarkdown } from "../../content/markdown.ts";
import { visibleText } from "../passages.ts";
import { type Searchable, searchable } from "../searchable.ts";

/** A source of the fixture site, read and made searchable. */
export interface SeedSource {
  file: ContentFile;
  text: Searchable;
}

/** Loads `sources/<id>.md` of the fixture site. */
export function seedSource(id: string): SeedSource {
  const path = fixtureFile(`sources/${id}.md`);
  const file = openContentFile(readFileSync(path, "utf8"), path);
  if (!("body" in file)) throw new Error(`${id}: ${file.reason}`);
  const text = searchable(visibleText(parseMarkdown(file.body), file.body, file.bodyOffset));
  return { file, text };
}

/** The source file's own characters at each located part. */
export function originals(seed: SeedSource, parts: Array<{ fileStart: number; fileEnd: number }>) {
  return parts.map((part) => seed.file.raw.slice(part.fileStart, part.fileEnd));
}
