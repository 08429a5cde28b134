/**
 * `npm run check [content-dir] [--format text|github]`: checks every file of
 * the content folder without Astro, prints every problem, and exits 1 when one
 * of them is an error. Under CI=true, GitHub Actions annotations are printed too.
 */
import { existsSync } from "node:fs";
import { enableCompileCache } from "node:module";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// Cache the compiled modules between runs: most of a small check is start-up.
enableCompileCache?.();
const { checkContent, formatDiagnostic, formatGithub, formatSummary, hasErrors } = await import(
  "../core/index.ts"
);

const usage = "Usage: npm run check -- [content-dir] [--format text|github]";

async function main(): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    return 0;
  }
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
  return hasErrors(corpus.diagnostics) ? 1 : 0;
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: { format: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
}

process.exitCode = await main();
