/**
 * `npm run bench:check [-- --claims 10000 --sources 1000 --runs 5 --seed 1 --shape bench]`:
 * generates a synthetic corpus (of the bench's shape, or `newsroom`: test/support/corpus/shape.ts)
 * in a temporary folder, runs the content check on it several times, and prints its wall time
 * and peak memory. The corpus must pass; the figures are not a test.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus } from "../test/support/corpus/generate.ts";
import { SHAPE_NAMES, type ShapeName } from "../test/support/corpus/shape.ts";
import { type CheckRun, runCheck } from "./measure.ts";
import { median, seconds } from "./stats.ts";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "10000" },
    sources: { type: "string", default: "1000" },
    runs: { type: "string", default: "5" },
    seed: { type: "string", default: "1" },
    shape: { type: "string", default: "bench" },
  },
});
const claims = Number(values.claims);
const sources = Number(values.sources);
const runs = Number(values.runs);
const shape = values.shape as ShapeName;
if (!SHAPE_NAMES.includes(shape)) {
  console.error(`--shape takes ${SHAPE_NAMES.join(" or ")}; got ${values.shape}.`);
  process.exit(2);
}
if (!Number.isSafeInteger(runs) || runs < 1) {
  console.error(`The number of runs must be a positive integer; got ${values.runs}.`);
  process.exit(2);
}

const check = fileURLToPath(new URL("../src/cli/check.ts", import.meta.url));
if (!existsSync(check)) {
  console.error(`There is no content check at ${check} to measure yet.`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), "citable-bench-"));
const cleanup = () => rmSync(dir, { recursive: true, force: true });
process.once("SIGINT", () => {
  cleanup();
  process.exit(130);
});

try {
  const content = join(dir, "content");
  const started = performance.now();
  const corpus = generateCorpus(content, { claims, sources, seed: Number(values.seed), shape });
  const generated = seconds(performance.now() - started);
  const mb = (corpus.bytes / 1e6).toFixed(1);
  const size = `${corpus.files} files, ${mb} MB, generated in ${generated}`;
  console.log(`Corpus       ${claims} claims, ${sources} sources, ${shape} shape: ${size}`);

  const results: CheckRun[] = [];
  for (let run = 1; run <= runs; run++) {
    if (process.stdout.isTTY) process.stdout.write(`\rRunning the check ${run}/${runs}…`);
    results.push(await runCheck(check, content));
  }
  if (process.stdout.isTTY) process.stdout.write("\r\x1b[K");

  const times = results.map((result) => result.wallMs);
  const memory = results.flatMap((result) => result.maxRssKb ?? []);
  console.log(
    `Wall time    median ${seconds(median(times))}, min ${seconds(Math.min(...times))}, max ${seconds(Math.max(...times))} (${runs} runs)`,
  );
  console.log(
    memory.length > 0
      ? `Peak memory  median ${(median(memory) / 1024).toFixed(0)} MiB (max RSS of the check process)`
      : "Peak memory  not reported (the check process ended without exiting normally)",
  );

  const [first] = results;
  if (first) {
    const lines = first.stdout.trimEnd().split("\n");
    console.log(`First run    exit code ${first.exitCode}: ${lines.at(-1) ?? ""}`);
    if (first.exitCode !== 0) {
      console.log(`\nThe generated corpus must pass the check. First lines of its output:`);
      console.log([...lines.slice(0, 20), first.stderr.trimEnd()].join("\n"));
    }
  }
  if (results.some((result) => result.exitCode !== 0)) process.exitCode = 1;
} finally {
  cleanup();
}
