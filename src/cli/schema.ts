/**
 * `npm run schema [-- --content dir]`: writes the JSON Schemas of claim and
 * source front matter to public/schemas/, from the zod schemas and the site's
 * rating scale, and those of the export (its index and a claim's record).
 * Run it after changing any of them; a test fails until you do.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { loadSettings } from "../core/content/settings-files.ts";
import { EXPORT_SCHEMA_FILES, exportJsonSchemaText } from "../core/schema/export-json-schema.ts";
import {
  FRONT_MATTER_KINDS,
  frontMatterJsonSchemaText,
  schemaFileName,
} from "../core/schema/json-schema.ts";

const { values } = parseArgs({
  options: { content: { type: "string" }, out: { type: "string" } },
});
const content = resolve(values.content ?? "content");
const out = resolve(values.out ?? "public/schemas");
const { ratings, diagnostics } = loadSettings(content, "content");
if (!ratings) {
  console.warn(
    `The rating scale could not be read (${diagnostics[0]?.reason ?? "no ratings.yaml"}): the claim schema will not list the verdicts.`,
  );
}
mkdirSync(out, { recursive: true });
const written = FRONT_MATTER_KINDS.map((kind) => {
  const file = join(out, schemaFileName(kind));
  writeFileSync(file, frontMatterJsonSchemaText(kind, ratings));
  return relative(process.cwd(), file).split(sep).join("/");
});
for (const name of EXPORT_SCHEMA_FILES) {
  const file = join(out, name);
  writeFileSync(file, exportJsonSchemaText(name));
  written.push(relative(process.cwd(), file).split(sep).join("/"));
}
console.log(`Wrote ${written.join(", ")}.`);
