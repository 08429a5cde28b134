/**
 * `npm run bench [-- --sizes 10000,30000 --shape bench,newsroom --runs 3 --dev-sizes 10000]`:
 * builds synthetic corpora of each size and shape (10 claims per source; the shapes are in
 * test/support/corpus/shape.ts) with Citable and with the plain-Astro baseline of
 * bench/baseline/, and prints Markdown tables of wall and CPU times, peak memory, the size of
 * dist/ and its files by kind, the bytes of a search and the dev loop (by default at sizes up to
 * 10 000 claims), then issue 22's targets, each met or not (targets.ts). The machine's load
 * before and after is printed too: figures measured beside other work are noisy.
 * Progress goes to stderr, the report to stdout. Figures, not a test.
 */
import { parseCommand } from "../src/cli/args.ts";
import { SHAPE_NAMES, type ShapeName } from "../test/support/corpus/shape.ts";
import { kindsTable, loadAverage, table } from "./report.ts";
import { benchSize, type SizeResult } from "./suite.ts";
import { targets } from "./targets.ts";

const usage =
  "Usage: npm run bench -- [--sizes 10000,30000] [--shape bench,newsroom] [--runs 3] [--seed 1] [--dev-sizes 10000]";
const parsed = parseCommand(
  {
    sizes: { type: "string", default: "10000,30000" },
    shape: { type: "string", default: SHAPE_NAMES.join(",") },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
    "dev-sizes": { type: "string" },
  },
  usage,
);
if (typeof parsed === "number") process.exit(parsed);
const { values } = parsed;
const list = (text: string) => text.split(",").map((size) => Number(size.trim()));
const sizes = list(values.sizes);
const shapes = values.shape.split(",").map((name) => name.trim()) as ShapeName[];
const unknown = shapes.filter((name) => !SHAPE_NAMES.includes(name));
if (unknown.length > 0) {
  console.error(`--shape takes ${SHAPE_NAMES.join(", ")} or both; got ${unknown.join(", ")}.`);
  process.exit(2);
}
// The dev loop's server start-up grows with the corpus: measured up to 10 000 claims unless asked.
const devSizes =
  values["dev-sizes"] === undefined
    ? sizes.filter((size) => size <= 10_000)
    : list(values["dev-sizes"]);
const runs = Number(values.runs);
if ([...sizes, runs].some((n) => !Number.isSafeInteger(n) || n < 1)) {
  console.error("--sizes and --runs take positive integers, such as --sizes 1000,5000 --runs 3.");
  process.exit(2);
}

const loadBefore = loadAverage();
const started = performance.now();
const results: SizeResult[] = [];
for (const shape of shapes) {
  for (const claims of sizes) {
    const sources = Math.max(1, Math.round(claims / 10));
    results.push(
      await benchSize({
        claims,
        shape,
        sources,
        runs,
        seed: Number(values.seed),
        dev: devSizes.includes(claims),
        log: (line) => console.error(line),
      }),
    );
  }
}

const minutes = ((performance.now() - started) / 60_000).toFixed(0);
console.log(
  `\nMedians of ${runs} runs, ${sizes.length} sizes, ${shapes.join(" and ")} shapes, in ${minutes} min; load average (1, 5, 15 min) ${loadBefore} before, ${loadAverage()} after.\n`,
);
console.log(table(results));
console.log("");
console.log(kindsTable(results));
console.log("");
for (const result of results) for (const line of targets(result)) console.log(line);
const failures = results.flatMap((result) => result.failures);
if (failures.length > 0) {
  console.log(`\n${failures.length} failure(s):\n`);
  for (const failure of failures) console.log(`${failure}\n`);
  process.exitCode = 1;
}
