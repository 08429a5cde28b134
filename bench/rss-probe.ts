/**
 * Preloaded into the measured process by the benchmark (`node --import`): when that process
 * exits, writes its peak resident set size in kilobytes and the CPU time of all its threads
 * (workers included) in milliseconds, as `<kB> <ms>`, to the file named by
 * `CITABLE_BENCH_RSS_FILE`. The script itself runs unchanged, as its own main module.
 */
import { writeFileSync } from "node:fs";

const file = process.env.CITABLE_BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
    writeFileSync(file, `${usage.maxRSS} ${cpuMs.toFixed(0)}`);
  });
}
