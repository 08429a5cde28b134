/**
 * The core in layers: the folders of `src/core/` in one order, bottom to top,
 * where each imports only itself and the folders below it. A folder that
 * both the floor and the roof need is two folders, not an exception here.
 */
import { relative, sep } from "node:path";
import type { Violation } from "./house-rules.ts";
import type { ImportGraph } from "./import-graph.ts";

/**
 * The layers of `src/core/`, bottom to top, each named by the first part of
 * its path under `src/core/`: a folder, or a loose file.
 */
export const CORE_LAYERS = [
  // Counts and durations as the commands print them: used by the built site's
  // report and by the commands outside the core, it needs nothing of the core.
  "numbers.ts",
  // The one Diagnostic shape, the rule ids and their printing: every layer reports.
  "diagnostics",
  // The zod schemas and the rules of the values they hold (addresses, capture files).
  "schema",
  // Content files read and checked against the schemas: front matter, YAML,
  // Markdown, settings, bodies, labels, and the site's own pages (content/pages/).
  "content",
  // Quotes found in a source's visible text.
  "quote",
  // Threads running a module's function: used by the check and by the site's
  // rendering of bodies, and needing nothing of the core itself.
  "workers",
  // The check: sessions, prepared sources, claims checked against them.
  "check",
  // The views the pages render, from the checked site (own pages' views too).
  "site",
  // The built site on disk (sizes, permissions, sitemap): it comes after the
  // pages are rendered, and nothing in the core needs it.
  "output",
] as const;

/** The layer of a file under `src/core/` (`src/core/quote/locate.ts` → `quote`), or undefined outside it. */
export function layerOf(path: string): string | undefined {
  return /^src\/core\/([^/]+)/.exec(path)?.[1];
}

const ORDER = CORE_LAYERS.join(", ");
const rank = (layer: string): number => (CORE_LAYERS as readonly string[]).indexOf(layer);
const shown = (layer: string): string =>
  layer.endsWith(".ts") ? `src/core/${layer}` : `src/core/${layer}/`;

/**
 * The imports inside `src/core/` of `root` that go from a layer to one above
 * it, and the files of a folder that has no place in {@link CORE_LAYERS}.
 * Tests are left out: a test may drive its module through the layers above
 * it (the export schema's test validates what `site/` writes).
 */
export function layerViolations(graph: ImportGraph, root: string): Violation[] {
  const violations: Violation[] = [];
  const pathOf = (file: string) => relative(root, file).split(sep).join("/");
  for (const [file, imports] of graph) {
    const path = pathOf(file);
    const from = layerOf(path);
    if (from === undefined || path.includes("/__tests__/")) continue;
    if (rank(from) < 0) {
      violations.push({
        file: path,
        specifier: "",
        reason: `${shown(from)} has no place in the core's layers; add it to CORE_LAYERS (bottom to top: ${ORDER})`,
      });
      continue;
    }
    for (const { specifier, file: target } of imports) {
      const to = target && layerOf(pathOf(target));
      if (to === undefined || to === from || rank(to) < rank(from)) continue;
      violations.push({
        file: path,
        specifier,
        reason: `${shown(from)} imports ${shown(to)}, a layer above it: each layer imports only itself and those below it (bottom to top: ${ORDER})`,
      });
    }
  }
  return violations.sort((a, b) => a.file.localeCompare(b.file));
}
