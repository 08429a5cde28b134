/**
 * `npm run bench:dev [-- --claims 10000 --shape newsroom --edits 3 --baseline]`: the dev loop
 * alone (dev-bench.ts) on one synthetic corpus, in a few minutes instead of the whole bench's
 * hour: the server's start, then the median time from an edited claim, and an edited source, to
 * their pages showing the change, with the dev server's CPU time over the same edits. The
 * baseline's loop is measured too with --baseline; --cpu-prof writes the servers' CPU profiles
 * to a folder. Progress goes to stderr, figures to stdout.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseCommand } from "../src/cli/args.ts";
import { generateCorpus } from "../test/support/corpus/generate.ts";
import { SHAPE_NAMES, type ShapeName } from "../test/support/corpus/shape.ts";
import { measureDevLoops } from "./dev-bench.ts";
import type { DevLoop } from "./dev-loop.ts";
import { loadAverage } from "./report.ts";
import type { Tool } from "./steps.ts";

const usage =
  "Usage: npm run bench:dev -- [--claims 10000] [--shape newsroom] [--edits 3] [--seed 1] [--baseline] [--cpu-prof <dir>]";
const parsed = parseCommand(
  {
    claims: { type: "string", default: "10000" },
    shape: { type: "string", default: "newsroom" },
    edits: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    baseline: { type: "boolean", default: false },
    "cpu-prof": { type: "string" },
  },
  usage,
);
if (typeof parsed === "number") process.exit(parsed);
const { values } = parsed;
const [claims, edits, seed] = [values.claims, values.edits, values.seed].map(Number);
const shape = values.shape as ShapeName;
if (!SHAPE_NAMES.includes(shape)) {
  console.error(`--shape takes ${SHAPE_NAMES.join(" or ")}; got ${values.shape}.`);
  process.exit(2);
}
if ([claims, edits, seed].some((n) => !Number.isSafeInteger(n) || (n as number) < 0)) {
  console.error(`--claims, --edits and --seed take whole numbers.\n${usage}`);
  process.exit(2);
}

const loadBefore = loadAverage();
const work = mkdtempSync(join(tmpdir(), "citable-dev-"));
try {
  const content = join(work, "content");
  const sources = Math.max(1, Math.round((claims as number) / 10));
  generateCorpus(content, { claims: claims as number, sources, seed: seed as number, shape });
  const failures: string[] = [];
  const tools: Tool[] = values.baseline ? ["citable", "baseline"] : ["citable"];
  // Node writes each server's CPU profile to that folder when it exits.
  const profile = values["cpu-prof"];
  const env: Record<string, string> = profile
    ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${resolve(profile)}` }
    : {};
  const loops = await measureDevLoops(content, edits as number, console.error, failures, {
    tools,
    env,
  });
  console.log(
    `${claims} claims, ${sources} sources (${shape}), medians of ${edits} edits; load average (1, 5, 15 min) ${loadBefore} before, ${loadAverage()} after.`,
  );
  for (const tool of tools) console.log(`${tool}: ${shown(loops[tool])}`);
  for (const failure of failures) console.log(failure);
  if (failures.length > 0) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}

function shown(loop: DevLoop | undefined): string {
  if (!loop) return "failed";
  const s = (ms: number | undefined) =>
    ms === undefined ? "never" : `${(ms / 1000).toFixed(2)} s`;
  const cpu = (ms: number | undefined) => (ms === undefined ? "" : ` (CPU ${s(ms)})`);
  return `ready in ${s(loop.readyMs)}; edited claim shown in ${s(loop.claimMs)}${cpu(loop.claimCpuMs)}, edited source in ${s(loop.sourceMs)}${cpu(loop.sourceCpuMs)}`;
}
