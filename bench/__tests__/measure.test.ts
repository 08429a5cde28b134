import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runNode } from "../measure.ts";

const burn = fileURLToPath(new URL("fixtures/burn.ts", import.meta.url));

describe("runNode", () => {
  it("adds the CPU time of a child process to that of the measured process", async () => {
    const run = await runNode(burn, ["300", "800"]);
    expect(run.exitCode).toBe(0);
    // 300 ms of CPU here, 800 ms in the child, whose last sampling period (100 ms) may be missed.
    expect(run.cpuMs).toBeGreaterThanOrEqual(900);
    expect(run.maxRssKb).toBeGreaterThan(10_000);
  });

  it("counts no CPU time for a process that only waits", async () => {
    const wait = fileURLToPath(new URL("fixtures/wait.ts", import.meta.url));
    const run = await runNode(wait, []);
    expect(run.wallMs).toBeGreaterThanOrEqual(500);
    expect(run.cpuMs).toBeLessThan(run.wallMs / 2);
  });
});
