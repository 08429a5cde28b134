/**
 * `npm run bench:check [-- --claims 10000 --sources 1000 --runs 5 --seed 1 --shape bench]`:
 * generates a synthetic corpus (of the bench's shape, or `newsroom`: test/support/corpus/shape.ts)
 * in a temporary folder, then runs the content check and the bare pass (bare-pass.ts: what any
 * check must do) on it by turns, and prints the medians of their wall time, CPU time and peak
 * memory, their ratio, and whether the targets are met (issue 22: at most 3× the bare pass, CPU
 * time above wall time). The corpus must pass; the figures are not a test.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus } from "../test/support/corpus/generate.ts";
import { SHAPE_NAMES, type ShapeName } from "../test/support/corpus/shape.ts";
import { type CheckRun, type Run, runCheck, runNode } from "./measure.ts";
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

const barePass = fileURLToPath(new URL("./bare-pass.ts", import.meta.url));

/** The medians of `runs`: wall time, CPU time and peak memory, and a line that says them. */
function figures(runs: Run[]): { wall: number; cpu: number; line: string } {
  const wall = median(runs.map((run) => run.wallMs));
  const cpu = median(runs.flatMap((run) => run.cpuMs ?? []));
  const memory = median(runs.flatMap((run) => run.maxRssKb ?? []));
  const walls = runs.map((run) => run.wallMs);
  const range = `min ${seconds(Math.min(...walls))}, max ${seconds(Math.max(...walls))}`;
  const cores = `CPU ${seconds(cpu)} (${(cpu / wall).toFixed(1)} cores)`;
  const peak = Number.isNaN(memory)
    ? "peak memory not reported"
    : `peak ${(memory / 1024).toFixed(0)} MiB`;
  return { wall, cpu, line: `median ${seconds(wall)}, ${range}; ${cores}; ${peak}` };
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

  // The check and the bare pass alternate, so that both see the same minutes of a shared machine.
  const results: CheckRun[] = [];
  const bare: Run[] = [];
  for (let run = 1; run <= runs; run++) {
    if (process.stdout.isTTY)
      process.stdout.write(`\rRunning the check and the bare pass ${run}/${runs}…`);
    results.push(await runCheck(check, content));
    bare.push(await runNode(barePass, [content]));
  }
  if (process.stdout.isTTY) process.stdout.write("\r\x1b[K");

  const [one, five] = loadavg();
  console.log(
    `Load         ${availableParallelism()} cores; load average ${one?.toFixed(1)} over the last minute, ${five?.toFixed(1)} over five, before the runs ended`,
  );
  const checked = figures(results);
  const yardstick = figures(bare);
  console.log(`Check        ${checked.line} (${runs} runs)`);
  console.log(`Bare pass    ${yardstick.line} (${runs} runs, ${bare[0]?.stdout.trim() ?? ""})`);
  const ratio = checked.wall / yardstick.wall;
  console.log(`Ratio        ${ratio.toFixed(2)}× the bare pass (medians of alternating runs)`);

  const [first] = results;
  if (first) {
    const lines = first.stdout.trimEnd().split("\n");
    console.log(`First run    exit code ${first.exitCode}: ${lines.at(-1) ?? ""}`);
    if (first.exitCode !== 0) {
      console.log(`\nThe generated corpus must pass the check. First lines of its output:`);
      console.log([...lines.slice(0, 20), first.stderr.trimEnd()].join("\n"));
    }
  }
  const met = (ok: boolean) => (ok ? "met" : "not met");
  console.log(
    `\nnpm run check: ${seconds(checked.wall)} against a bare pass of ${seconds(yardstick.wall)}, ${ratio.toFixed(2)}× (target ≤ 3×: ${met(ratio <= 3)}); CPU ${seconds(checked.cpu)} against ${seconds(checked.wall)} of wall time (target CPU > wall: ${met(checked.cpu > checked.wall)}).`,
  );
  if (bare.some((run) => run.exitCode !== 0)) process.exitCode = 1;
  if (results.some((result) => result.exitCode !== 0)) process.exitCode = 1;
} finally {
  cleanup();
}
