/**
 * The imports of the project's own files, read with TypeScript's own scanner
 * (`ts.preProcessFile`: static, dynamic and type-only imports and re-exports)
 * from `.ts` files and from the front matter and scripts of `.astro` files.
 * Relative specifiers are resolved to files; the others are kept as written.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import ts from "typescript";

/** One import of a file. */
export interface Import {
  /** The specifier as written: `./x.ts`, `astro:content`, `node:fs`. */
  specifier: string;
  /** The file it names, for a relative specifier that names one. */
  file?: string | undefined;
}

/** Every file under a folder with its imports, by absolute path. */
export type ImportGraph = Map<string, Import[]>;

const SOURCE = /\.(ts|astro)$/;
// Extensionless specifiers, as .astro files write them, name one of these.
const ENDINGS = ["", ".ts", ".astro", "/index.ts"];

/** The `.ts` and `.astro` files under `root` (node_modules left out) and their imports. */
export function importGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(resolve(root))) {
    const imports = ts
      .preProcessFile(scriptOf(file), true, true)
      .importedFiles.map(({ fileName }) => ({
        specifier: fileName,
        file: fileName.startsWith(".") ? resolveFile(dirname(file), fileName) : undefined,
      }));
    graph.set(file, imports);
  }
  return graph;
}

/** The TypeScript of a file: all of a `.ts` file; the front matter and `<script>`s of an `.astro` file. */
export function scriptOf(file: string): string {
  const text = readFileSync(file, "utf8");
  if (!file.endsWith(".astro")) return text;
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontMatter, ...scripts].join("\n");
}

function resolveFile(folder: string, specifier: string): string | undefined {
  const base = resolve(folder, specifier);
  return ENDINGS.map((ending) => `${base}${ending}`).find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
}

function sourceFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules") files.push(...sourceFiles(path));
    } else if (SOURCE.test(entry.name)) files.push(path);
  }
  return files.sort();
}
