/**
 * `npm run bench:cards [-- --claims 1000 --sources 100 --seed 1]`: generates a
 * synthetic corpus in a temporary folder, draws and encodes the share card of
 * each claim on this thread, and prints the cards' sizes (median, p95,
 * largest, total) and the CPU time per card to draw and to encode. The cards
 * are not written: the figures are what `dist/cards/` would hold.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { claimCard } from "../src/cards/claim-card.ts";
import { drawCard } from "../src/cards/draw.ts";
import { encodePng } from "../src/cards/png.ts";
import { loadStateInParallel } from "../src/integrations/site-state.ts";
import { generateCorpus } from "../test/support/corpus/generate.ts";
import { type CardMeasure, formatCards, summariseCards } from "./card-sizes.ts";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "1000" },
    sources: { type: "string" },
    seed: { type: "string", default: "1" },
  },
});
const claims = Number(values.claims);
const sources = Number(values.sources ?? Math.max(1, Math.round(claims / 10)));

const dir = mkdtempSync(join(tmpdir(), "citable-card-bench-"));
try {
  generateCorpus(dir, { claims, sources, seed: Number(values.seed) });
  const { site } = await loadStateInParallel("/", dir);
  const settings = { name: site.settings.name, lang: site.settings.lang };
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const measures: CardMeasure[] = [];
  for (const [done, claim] of site.claims.entries()) {
    const start = cpu();
    const image = drawCard(claimCard(claim, settings));
    const drawn = cpu();
    const bytes = encodePng(image).length;
    measures.push({ bytes, drawMs: drawn - start, encodeMs: cpu() - drawn });
    if (process.stderr.isTTY && done % 100 === 0)
      process.stderr.write(`\r${done} of ${site.claims.length} cards`);
  }
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  console.log(formatCards(summariseCards(measures)));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
