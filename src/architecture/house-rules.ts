/**
 * The rules of the house for imports: the core, the cards, the importer and
 * the watch stand without Astro and without the code that drives it, and no
 * module imports itself through others. The core's layers: layers.ts.
 */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { ImportGraph } from "./import-graph.ts";

/** An import that breaks a rule: who imports what, and the rule. */
export interface Violation {
  /** The importing file, relative to the root. */
  file: string;
  /** The specifier as written. */
  specifier: string;
  reason: string;
}

/** The folders of `src/` that the core must not import: the Astro side and the commands. */
export const OUTSIDE_CORE = ["integrations", "cli", "pages", "lib", "components", "layouts"];

/**
 * The folders of `src/` that run without Astro, in the commands and in worker
 * threads as well as in the build: the core, the share cards, the importer and
 * the watch of the sources.
 */
export const ASTRO_FREE = ["core", "cards", "capture", "watch"];

/**
 * The imports of files under a folder of {@link ASTRO_FREE} in `root` that
 * name Astro or a folder of {@link OUTSIDE_CORE}.
 */
export function astroFreeViolations(graph: ImportGraph, root: string): Violation[] {
  const violations: Violation[] = [];
  for (const [file, imports] of graph) {
    const path = relative(root, file).split(sep).join("/");
    const area = ASTRO_FREE.find((name) => path.startsWith(`src/${name}/`));
    if (!area) continue;
    for (const { specifier, file: target } of imports) {
      const targetPath = target && relative(root, target).split(sep).join("/");
      const folder = OUTSIDE_CORE.find((name) => targetPath?.startsWith(`src/${name}/`));
      if (/^astro($|[:/])/.test(specifier)) {
        violations.push({ file: path, specifier, reason: `src/${area}/ does not depend on Astro` });
      } else if (folder) {
        violations.push({
          file: path,
          specifier,
          reason: `src/${area}/ does not import src/${folder}/`,
        });
      }
    }
  }
  return violations;
}

/**
 * The import cycles of `graph`: each strongly connected set of two files or
 * more, and each file that imports itself, as paths relative to `root`, sorted.
 * Tarjan's algorithm, iterative so that a long chain cannot overflow the stack.
 */
export function importCycles(graph: ImportGraph, root: string): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const edges = (file: string) =>
    (graph.get(file) ?? []).flatMap(({ file: target }) =>
      target && graph.has(target) ? [target] : [],
    );
  for (const start of graph.keys()) {
    if (index.has(start)) continue;
    const work: Array<{ file: string; next: string[] }> = [];
    const visit = (file: string) => {
      index.set(file, index.size);
      low.set(file, index.get(file) as number);
      stack.push(file);
      onStack.add(file);
      work.push({ file, next: edges(file) });
    };
    visit(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { file: string; next: string[] };
      const target = frame.next.shift();
      if (target !== undefined) {
        if (!index.has(target)) visit(target);
        else if (onStack.has(target)) {
          low.set(frame.file, Math.min(low.get(frame.file) as number, index.get(target) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) {
        low.set(
          parent.file,
          Math.min(low.get(parent.file) as number, low.get(frame.file) as number),
        );
      }
      if (low.get(frame.file) !== index.get(frame.file)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.file);
      if (component.length > 1 || edges(frame.file).includes(frame.file)) {
        cycles.push(component.map((file) => relative(root, file).split(sep).join("/")).sort());
      }
    }
  }
  return cycles.sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

/**
 * The modules under `folder` without a test named after them: for `x.ts`, a
 * `__tests__/x.test.ts` (or `x.<kind>.test.ts`, such as `x.property.test.ts`)
 * in its folder. Paths relative to `folder`, sorted.
 */
export function untestedModules(folder: string): string[] {
  const untested: string[] = [];
  const visit = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    const tests = entries.some((entry) => entry.name === "__tests__" && entry.isDirectory())
      ? readdirSync(join(dir, "__tests__"))
      : [];
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (entry.name !== "__tests__") visit(join(dir, entry.name));
        continue;
      }
      if (!entry.name.endsWith(".ts")) continue;
      const name = entry.name.slice(0, -3);
      const tested = tests.some(
        (test) =>
          test === `${name}.test.ts` || (test.startsWith(`${name}.`) && test.endsWith(".test.ts")),
      );
      if (!tested) untested.push(relative(folder, join(dir, entry.name)).split(sep).join("/"));
    }
  };
  visit(folder);
  return untested.sort();
}
