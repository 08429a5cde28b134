/**
 * The Layout of docs/architecture.md against the tree: a newcomer reads the
 * folders there, so a folder added, moved or removed without the list
 * changing makes the list wrong. Compared: the top-level folders and those
 * of src/, and every folder the list names.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

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
  for (const folder of listed) {
    if (seen.has(folder)) problems.push(`${folder} is listed twice.`);
    seen.add(folder);
    if (!isFolder(join(root, folder)))
      problems.push(`${folder} is listed, but is not in the tree.`);
  }
  const ignored = ignoredBy(root);
  const real = [
    ...folders(root, ignored),
    ...folders(join(root, "src"), ignored).map((name) => `src/${name}`),
  ];
  for (const folder of real) {
    if (!seen.has(folder)) problems.push(`${folder} is in the tree, but not listed.`);
  }
  return problems;
}

/** The folders in `dir` as `name/`, but .git and those that .gitignore keeps out of the repository. */
function folders(dir: string, ignored: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== ".git" && !ignored(entry.name))
    .map((entry) => `${entry.name}/`)
    .sort();
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
