/**
 * Finds the places where a test reaches the project's `content/` folder, which
 * belongs to whoever runs the site: a relative path that leads into it, or a
 * name bound to the project's root joined with "content". Temporary copies
 * that name their own `content/…` paths are not references: they are resolved
 * from a folder of the test's own.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/** One reference: the file (relative to the root, `/` separators), its line, and the line's text. */
export interface ContentReference {
  file: string;
  line: number;
  text: string;
}

/** The test files and test support under `root`: `__tests__` folders, `test/` (its fixtures aside). */
export function testFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (folder: string, inTests: boolean): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const rel = relative(root, path).split(sep).join("/");
      if (entry.isDirectory()) {
        if (["node_modules", ".git", "dist", "content", "test/fixtures"].includes(rel)) continue;
        if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
        walk(path, inTests || entry.name === "__tests__" || rel === "test");
      } else if (inTests && /\.(ts|mjs|js)$/.test(entry.name)) found.push(rel);
    }
  };
  walk(root, false);
  return found.sort();
}

// A relative path in quotes, up to its end or to the first `${` of a template.
const RELATIVE = /["'`](\.{1,2}\/[^"'`$]*)/g;
const ROOT_NAME =
  /(export\s+)?(?:const|let)\s+(\w+)\s*=\s*(?:fileURLToPath\(\s*)?new URL\(\s*(["'`])(\.{1,2}\/?[^"'`]*)\3\s*,\s*import\.meta\.url\s*\)/g;

/**
 * Every reference to `root`'s `content/` in the test files under `root`. A name
 * bound to the project's root (`PROJECT`, `projectRoot`) counts in its file, or
 * in every file when it is exported (it is imported under that name).
 */
export function contentReferences(root: string): ContentReference[] {
  const content = resolve(root, "content");
  const inContent = (path: string) => path === content || path.startsWith(`${content}${sep}`);
  const files = testFiles(root).map((file) => ({
    file,
    folder: dirname(resolve(root, file)),
    text: readFileSync(resolve(root, file), "utf8"),
  }));
  // Each name bound to the project's root, and the file it counts in (any, when exported).
  const bound = files.flatMap(({ file, folder, text }) =>
    [...text.matchAll(ROOT_NAME)]
      .filter((match) => resolve(folder, match[4] ?? "") === resolve(root))
      .map((match) => ({ file: match[1] ? undefined : file, name: match[2] as string })),
  );
  const joinedIn = (file: string) =>
    bound
      .filter((name) => name.file === undefined || name.file === file)
      .map(
        ({ name }) =>
          new RegExp(`join\\(\\s*${name}\\s*,\\s*["'\`]content\\b|\\$\\{${name}\\}/?content\\b`),
      );
  const found: ContentReference[] = [];
  for (const { file, folder, text } of files) {
    const joined = joinedIn(file);
    text.split("\n").forEach((line, index) => {
      const relativeHit = [...line.matchAll(RELATIVE)].some((match) =>
        inContent(resolve(folder, match[1] ?? "")),
      );
      if (relativeHit || joined.some((pattern) => pattern.test(line))) {
        found.push({ file, line: index + 1, text: line.trim() });
      }
    });
  }
  return found;
}
