/**
 * `npm run check [content-dir] [--format text|github]`: checks every file of
 * the content folder without Astro, prints every problem, and exits 1 when one
 * of them is an error. Under CI=true, GitHub Actions annotations are printed too.
 */
import { existsSync } from "node:fs";
import { enableCompileCache } from "node:module";
import { join, resolve } from "node:path";
import { parseCommand } from "./args.ts";

// Cache the compiled modules between runs: most of a small check is start-up.
enableCompileCache?.();
const [
  { checkContent },
  { hasErrors },
  { formatDiagnostic, formatGithub, formatSummary },
  { loadWatch, WATCH_FILE },
  { watchStatesLine },
] = await Promise.all([
  import("../core/check/check-parallel.ts"),
  import("../core/check/diagnostics.ts"),
  import("../core/check/format.ts"),
  import("../core/content/watch-file.ts"),
  import("../core/content/watch-states.ts"),
]);

/** The states of watch.json in `dir`, read on their own: the check's result does not carry them. */
function originals(dir: string) {
  if (!existsSync(join(dir, WATCH_FILE))) return undefined;
  const watch = loadWatch(dir, dir, []);
  return watch ? Object.values(watch.sources) : "unreadable";
}

const usage = "Usage: npm run check -- [content-dir] [--format text|github]";

async function main(): Promise<number> {
  const parsed = parseCommand({ format: { type: "string" } }, usage);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const format = values.format ?? (process.env.CI === "true" ? "github" : "text");
  if (format !== "text" && format !== "github") {
    console.error(`Unknown format "${format}": use text or github.\n${usage}`);
    return 2;
  }
  const dir = resolve(positionals[0] ?? "content");
  if (!existsSync(dir)) {
    console.error(`There is no content folder at ${dir}.\n${usage}`);
    return 2;
  }
  const started = performance.now();
  const corpus = await checkContent(dir);
  for (const diagnostic of corpus.diagnostics) console.log(formatDiagnostic(diagnostic));
  if (format === "github") {
    for (const diagnostic of corpus.diagnostics) console.log(formatGithub(diagnostic));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const { claims, sources } = corpus.files;
  const checked = `${claims} claim${claims === 1 ? "" : "s"} and ${sources} source${sources === 1 ? "" : "s"} checked in ${seconds} s`;
  if (corpus.diagnostics.length > 0) console.log("");
  console.log(formatSummary(corpus.diagnostics, checked));
  const watched = watchStatesLine(originals(dir));
  if (watched) console.log(watched);
  return hasErrors(corpus.diagnostics) ? 1 : 0;
}

process.exitCode = await main();
