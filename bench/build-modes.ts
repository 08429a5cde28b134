/**
 * `node bench/build-modes.ts [--claims 10000] [--sources 1000]`: generates a
 * synthetic corpus and runs `npm run build` both ways, Pagefind after Astro's
 * process (`--search-index after`) and inside `astro build` (`inside`), and
 * prints the wall time, CPU time and peak memory of the whole process tree of
 * each: what chose `after` as the default.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { handoffEnv } from "../src/integrations/handoff.ts";
import { generateCorpus } from "../test/support/corpus/generate.ts";
import { runNode } from "./measure.ts";
import { seconds } from "./stats.ts";
import { forgetCitableStore, repository } from "./steps.ts";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "10000" },
    sources: { type: "string", default: "1000" },
  },
});
const work = mkdtempSync(join(tmpdir(), "citable-modes-"));
try {
  const content = join(work, "content");
  generateCorpus(content, { claims: Number(values.claims), sources: Number(values.sources) });
  console.log(`Corpus       ${values.claims} claims, ${values.sources} sources`);
  for (const mode of ["after", "inside"]) {
    forgetCitableStore();
    const out = join(work, `dist-${mode}`);
    const run = await runNode(
      join(repository, "src/cli/build.ts"),
      ["--out-dir", out, "--search-index", mode],
      { env: handoffEnv({ content }), cwd: repository },
    );
    if (run.exitCode !== 0) throw new Error(`The build failed:\n${run.stdout}\n${run.stderr}`);
    const mib = run.maxRssKb === undefined ? "unknown" : `${Math.round(run.maxRssKb / 1024)} MiB`;
    const cpu = run.cpuMs === undefined ? "unknown" : seconds(run.cpuMs);
    console.log(`${mode.padEnd(12)} ${seconds(run.wallMs)}, CPU ${cpu}, peak ${mib}`);
  }
} finally {
  forgetCitableStore();
  rmSync(work, { recursive: true, force: true });
}
