/**
 * `npm run bench:search [-- --site dist --query legion --runs 5]`: serves a
 * built site on loopback and measures, in headless Chromium, what one search
 * costs a reader (see search-measure.ts). Without --site, it builds a
 * synthetic 10 000-claim site first. Figures, not a test.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { withHandoff } from "../src/integrations/handoff.ts";
import { generateCorpus } from "../test/support/corpus/generate.ts";
import { measureSearch } from "./search-measure.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string" },
    claims: { type: "string", default: "10000" },
    sources: { type: "string", default: "1000" },
    query: { type: "string", default: "ministre" },
    second: { type: "string", default: "enquête" },
    runs: { type: "string", default: "5" },
  },
});

const temporary = values.site ? undefined : mkdtempSync(join(tmpdir(), "citable-search-"));
const runs = Number(values.runs);
try {
  const site = values.site ? resolve(values.site) : buildSynthetic(temporary as string);
  const cost = await measureSearch(site, {
    query: values.query as string,
    second: values.second as string,
    runs,
  });
  console.log(`Site         ${site}`);
  console.log(
    `First query  "${values.query}": ${cost.firstKb.toFixed(0)} KB of Pagefind files, first results ${cost.firstMs.toFixed(0)} ms after typing`,
  );
  console.log(
    `Then         ${cost.afterKb.toFixed(0)} KB more once the results are shown (the filter counts)`,
  );
  console.log(
    `Second query "${values.second}": ${cost.secondKb.toFixed(0)} KB more, first results ${cost.secondMs.toFixed(0)} ms after typing`,
  );
  console.log(`(medians of ${runs} runs, each in a fresh browser context with an empty cache)`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}

function buildSynthetic(folder: string): string {
  const content = join(folder, "content");
  generateCorpus(content, {
    claims: Number(values.claims),
    sources: Number(values.sources),
    seed: 1,
  });
  const out = join(folder, "dist");
  const built = spawnSync(process.execPath, ["src/cli/build.ts", "--out-dir", out], {
    env: withHandoff(process.env, { content }),
    stdio: "inherit",
  });
  if (built.status !== 0) throw new Error("The synthetic site did not build.");
  return out;
}
