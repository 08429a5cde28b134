/**
 * The Layout of docs/architecture.md against the tree: a newcomer reads the
 * folders there, so a folder added, moved or removed without the list
 * changing makes the list wrong. Compared: the top-level folders and those
 * of src/, and every folder the list names.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";

/** The folders the Layout section of the Markdown `text` lists, in order, such as `src/cli/`. */
export function listedFolders(text: string): string[] {
  const section = text.split(/^## Layout\s*$/m)[1] ?? "";
  const block = /^```[^\n]*\n([\s\S]*?)^```/m.exec(section)?.[1] ?? "";
  return block
    .split("\n")
    .map((line) => line.split(/\s/)[0] ?? "")
    .filter((path) => path.endsWith("/"));
}

/** What is wrong with `listed` as the layout of the project at `root`: one sentence each. */
export function layoutProblems(listed: readonly string[], root: string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const ignored = ignoredBy(root);
  for (const folder of listed) {
    if (seen.has(folder)) problems.push(`${folder} is listed twice.`);
    seen.add(folder);
    const path = join(root, folder);
    if (!isFolder(path) || !holdsFiles(path, basename(path), ignored))
      problems.push(`${folder} is listed, but is not in the tree.`);
  }
  const real = [
    ...folders(root, ignored),
    ...folders(join(root, "src"), ignored).map((name) => `src/${name}`),
  ];
  for (const folder of real) {
    if (!seen.has(folder)) problems.push(`${folder} is in the tree, but not listed.`);
  }
  return problems;
}

/**
 * The folders in `dir` as `name/`, but .git and those the repository does not
 * hold: kept out by .gitignore, or holding nothing else (a folder moved away
 * leaves behind, in a clone, the generated files git ignored in it).
 */
function folders(dir: string, ignored: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== ".git")
    .filter((entry) => holdsFiles(join(dir, entry.name), entry.name, ignored))
    .map((entry) => `${entry.name}/`)
    .sort();
}

/** Whether the entry `name` at `path` is one the repository would hold: a file, or a folder with one. */
function holdsFiles(path: string, name: string, ignored: (name: string) => boolean): boolean {
  if (ignored(name)) return false;
  if (!statSync(path).isDirectory()) return true;
  return readdirSync(path).some((child) => holdsFiles(join(path, child), child, ignored));
}

/** Whether .gitignore at `root` keeps a folder named `name` out (its plain and `*` patterns). */
function ignoredBy(root: string): (name: string) => boolean {
  const file = join(root, ".gitignore");
  const patterns = existsSync(file)
    ? readFileSync(file, "utf8")
        .split("\n")
        .map((line) => line.trim().replace(/^\/|\/$/g, ""))
        .filter((line) => line !== "" && !line.startsWith("#") && !line.includes("/"))
        .map(
          (line) =>
            new RegExp(`^${line.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`),
        )
    : [];
  return (name) => patterns.some((pattern) => pattern.test(name));
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
