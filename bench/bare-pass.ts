/**
 * `node bench/bare-pass.ts <content-dir>`: the least a content check can do, the yardstick
 * `npm run bench:check` holds the check against (issue 22: "a bare gray-matter + NFKC + indexOf
 * pass"). It reads every source and claim file, splits each with gray-matter, normalises each
 * source's body to NFKC, and looks for each citation's quote, normalised the same way, with
 * `indexOf` in its source's text. No schema, no positions, no Markdown, no diagnostics: only
 * what any check must do. It prints how many quotes it found, so that a pass that read nothing
 * shows.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";

const [dir] = process.argv.slice(2);
if (!dir) {
  console.error("Usage: node bench/bare-pass.ts <content-dir>");
  process.exit(2);
}

/** The `.md` files of `folder`, each read and split. */
function files(folder: string): Array<{ id: string; data: Record<string, unknown>; body: string }> {
  const names = readdirSync(folder).filter((name) => name.endsWith(".md"));
  return names.map((name) => {
    const { data, content } = matter(readFileSync(join(folder, name), "utf8"));
    return { id: name.slice(0, -3), data, body: content };
  });
}

const texts = new Map<string, string>();
for (const source of files(join(dir, "sources"))) {
  texts.set(source.id, source.body.normalize("NFKC"));
}

let quotes = 0;
let found = 0;
for (const claim of files(join(dir, "claims"))) {
  const citations = Array.isArray(claim.data.citations) ? claim.data.citations : [];
  for (const citation of citations as Array<{ source?: unknown; quote?: unknown }>) {
    quotes++;
    const text = texts.get(String(citation.source));
    if (text !== undefined && text.indexOf(String(citation.quote).normalize("NFKC")) !== -1) {
      found++;
    }
  }
}
console.log(`${texts.size} sources; ${found} of ${quotes} quotes found as written.`);
