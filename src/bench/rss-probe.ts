/**
 * Preloaded into the checked process by the benchmark (`node --import`): when that process
 * exits, writes its peak resident set size, in kilobytes, to the file named by
 * `CITABLE_BENCH_RSS_FILE`. The check itself runs unchanged, as its own main module.
 */
import { writeFileSync } from "node:fs";

const file = process.env.CITABLE_BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
}
