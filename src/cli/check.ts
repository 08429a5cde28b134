/**
 * `npm run check [content-dir] [--format text|github] [--allow-private-network]`: checks every file of
 * the content folder without Astro, prints every problem, and exits 1 when one
 * of them is an error. Under CI=true, GitHub Actions annotations are printed too.
 * `--allow-private-network` accepts partners on this machine's network (to try a network locally).
 */
import { existsSync } from "node:fs";
import { enableCompileCache } from "node:module";
import { join, resolve } from "node:path";
import { poolFor } from "../core/check/pool-start.ts";
import { ALLOW_PRIVATE_NETWORK } from "../core/schema/private-address.ts";
import type { WorkerPool } from "../core/workers/worker-pool.ts";
import { parseCommand } from "./args.ts";

// Cache the compiled modules between runs: most of a small check is start-up.
enableCompileCache?.();

/** The check's modules, loaded once the arguments are read (and the workers, if any, started). */
const modules = () =>
  Promise.all([
    import("../core/check/check-parallel.ts"),
    import("../core/diagnostics/diagnostic.ts"),
    import("../core/diagnostics/format.ts"),
    import("../core/content/watch-file.ts"),
    import("../core/content/watch-states.ts"),
  ]);

const usage =
  "Usage: npm run check -- [content-dir] [--format text|github] [--allow-private-network]";

async function main(): Promise<number> {
  const parsed = parseCommand(
    { format: { type: "string" }, "allow-private-network": { type: "boolean" } },
    usage,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (values["allow-private-network"]) process.env[ALLOW_PRIVATE_NETWORK] = "1";
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
  // Started first, the workers load the check's modules while this thread loads its own.
  const pool = poolFor(dir);
  try {
    return await check(dir, format, pool);
  } finally {
    await pool?.close();
  }
}

/** Checks `dir`, prints what was found, and says the exit code. */
async function check(
  dir: string,
  format: "text" | "github",
  pool: WorkerPool | undefined,
): Promise<number> {
  const [
    { checkContent },
    { hasErrors },
    { formatDiagnostic, formatGithub, formatSummary },
    { loadWatch, WATCH_FILE },
    { watchStatesLine },
  ] = await modules();
  const started = performance.now();
  // The states of watch.json, read on their own: the check's result does not carry them.
  const originals = () => {
    if (!existsSync(join(dir, WATCH_FILE))) return undefined;
    const watch = loadWatch(dir, dir, []);
    return watch ? Object.values(watch.sources) : "unreadable";
  };
  const checked = await checkContent(dir, process.cwd(), {}, { notes: true, pool });
  // Notes, after the problems: claims that this site or a partner may already have checked.
  const corpus = { ...checked, diagnostics: [...checked.diagnostics, ...checked.notes] };
  for (const diagnostic of corpus.diagnostics) console.log(formatDiagnostic(diagnostic));
  if (format === "github") {
    for (const diagnostic of corpus.diagnostics) console.log(formatGithub(diagnostic));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const { claims, sources } = corpus.files;
  // A new site has neither yet: "0 claims and 0 sources" would read as if nothing was checked.
  const summary =
    claims + sources === 0
      ? `The settings and the site's own pages checked in ${seconds} s (no fact-check or source yet)`
      : `${claims} claim${claims === 1 ? "" : "s"} and ${sources} source${sources === 1 ? "" : "s"} checked in ${seconds} s`;
  if (corpus.diagnostics.length > 0) console.log("");
  console.log(formatSummary(corpus.diagnostics, summary));
  // Without sources there are no originals to watch: a new site is not told to watch nothing.
  const watched = sources > 0 ? watchStatesLine(originals()) : undefined;
  if (watched) console.log(watched);
  return hasErrors(corpus.diagnostics) ? 1 : 0;
}

process.exitCode = await main();
