/**
 * The example site's proper names, taken from the fixture site (its copy), and
 * where they stand in the engine's files: the engine ships to every site, so
 * its messages, templates and comments must not speak of one site's people,
 * places and topics.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { splitFrontMatter } from "../../src/core/content/front-matter.ts";

/** A name found in the engine: the file (relative, `/` separators), its line, and the name. */
export interface NameFound {
  file: string;
  line: number;
  name: string;
}

/** The Markdown files of `content`'s `folders`. */
function markdownFiles(content: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(join(content, folder))
      .filter((name) => name.endsWith(".md"))
      .map((name) => join(content, folder, name)),
  );
}

const WORD = /\p{L}+/gu;
// Ids and other hyphenated compounds (`name-2025`) are left out of the words the site writes in lower case.
const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;

/**
 * The names of the site in `content`: the words of its person claimants, its
 * tags, and the capitalised words of its claims, summaries and sources' titles
 * that the site never writes in lower case (names, not the first word of a
 * sentence); each tag also as a whole phrase. Sorted, without repeats.
 */
export function exampleNames(content: string): string[] {
  const read = (folders: string[]) =>
    markdownFiles(content, folders).map((file) => readFileSync(file, "utf8"));
  const files = read(["claims", "sources"]);
  const lower = new Set(
    read(["claims", "sources", "pages"]).flatMap((text) =>
      (text.replace(COMPOUND, " ").match(WORD) ?? []).filter((word) => /^\p{Ll}/u.test(word)),
    ),
  );
  const names = new Set<string>();
  const capitalised = (text: string) =>
    (text.match(WORD) ?? []).filter(
      (word) => word.length >= 4 && /^\p{Lu}/u.test(word) && !lower.has(word.toLowerCase()),
    );
  for (const text of files) {
    const split = splitFrontMatter(text);
    if (!split.ok || typeof split.data !== "object" || split.data === null) continue;
    const data = split.data as Record<string, unknown>;
    const texts = ["claim", "summary", "title"].map((key) => data[key]);
    if (data.claimantKind === "person") texts.push(data.claimant);
    for (const value of texts) if (typeof value === "string") capitalised(value).forEach(add);
    const tags = Array.isArray(data.tags) ? data.tags.filter((tag) => typeof tag === "string") : [];
    for (const tag of tags) {
      names.add(tag);
      capitalised(tag).forEach(add);
    }
  }
  function add(word: string): void {
    names.add(word);
  }
  return [...names].sort();
}

/**
 * Matches `name` as a whole word or phrase: a phrase in any case, apostrophes
 * either way; a single word as written or in lower case (as in an id such as
 * `name-2025`), but not in capitals (a Unicode character name is no person).
 */
export function namePattern(name: string): RegExp {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const edges = (body: string, flags: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
  if (/\s/.test(name)) {
    return edges(literal(name).replace(/['’]/g, "['’]").replace(/\s+/g, "\\s+"), "iu");
  }
  return edges(`${literal(name)}|${literal(name.toLowerCase())}`, "u");
}

/** Every line of the files under `folder` (tests and their fixtures aside) that holds one of `names`. */
export function namesIn(folder: string, names: readonly string[], root = folder): NameFound[] {
  const patterns = names.map((name) => ({ name, pattern: namePattern(name) }));
  const found: NameFound[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "__tests__") walk(path);
        continue;
      }
      const file = relative(root, path).split(sep).join("/");
      readFileSync(path, "utf8")
        .split("\n")
        .forEach((text, index) => {
          for (const { name, pattern } of patterns) {
            if (pattern.test(text)) found.push({ file, line: index + 1, name });
          }
        });
    }
  };
  walk(folder);
  return found;
}
