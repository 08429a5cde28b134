import { describe, expect, it } from "vitest";
import type { OutputSize } from "../output-size.ts";
import { table, targets } from "../report.ts";
import type { Figures, SizeResult, ToolResult } from "../suite.ts";

const run = (seconds: number, mib: number): Figures => ({
  wallMs: seconds * 1000,
  maxRssKb: mib * 1024,
  cpuMs: seconds * 1500,
});
const output = (mb: number, files: number): OutputSize => ({
  bytes: mb * 1e6,
  files,
  largest: { path: "claims.json", bytes: 1_200_000 },
  largestListing: { path: "verdicts/faux/page/2/index.html", bytes: 30_000 },
});
const tool = (extra: Partial<ToolResult>): ToolResult => ({
  steps: {},
  dist: undefined,
  distWithoutCards: undefined,
  search: undefined,
  dev: undefined,
  ...extra,
});
const result: SizeResult = {
  claims: 30_000,
  sources: 3000,
  corpus: { files: 33_000, bytes: 135e6 },
  failures: [],
  tools: {
    citable: tool({
      steps: {
        "whole-nocards": run(60, 3000),
        whole: run(100, 3400),
        "whole-warm": run(64, 3300),
      },
      dist: output(1020, 86_000),
      distWithoutCards: output(570, 56_000),
    }),
    baseline: tool({ steps: { whole: run(80, 6000) }, dist: output(200, 69_000) }),
  },
};

describe("targets", () => {
  it("holds the whole build to the baseline's with the share cards' cache warm", () => {
    expect(targets(result)[0]).toBe(
      "30 000 claims: whole build, share cards cached: Citable 64.0 s vs baseline (astro build + pagefind) 80.0 s: ratio 0.80× (target ≤ 0.8)",
    );
  });

  it("compares with the baseline's build of the same minutes when it ran beside Citable's", () => {
    const beside: SizeResult = {
      ...result,
      tools: {
        ...result.tools,
        baseline: tool({
          steps: { whole: run(80, 6000), "whole-warm": run(90, 6100) },
          dist: output(200, 69_000),
        }),
      },
    };
    expect(targets(beside)[0]).toBe(
      "30 000 claims: whole build, share cards cached: Citable 64.0 s vs baseline (astro build + pagefind) 90.0 s: ratio 0.71× (target ≤ 0.8)",
    );
    expect(table([beside])).toContain(
      "| 30 000 | whole build, share cards cached | 64.0 s, 3 300 MiB, CPU 96.0 s (1.5 cores) | 90.0 s, 6 100 MiB, CPU 135.0 s (1.5 cores) | 0.71× time, 0.54× memory |",
    );
  });

  it("says what dist/ weighs without the share cards, beside what it weighs with them", () => {
    const lines = targets(result);
    expect(lines).toContain(
      "30 000 claims: dist/: 1020.0 MB, 5.10× the baseline's (target < 600 MB and ≤ 1.5× at 30 000 claims); 86 000 files (target < 100 000)",
    );
    expect(lines).toContain(
      "30 000 claims: dist/ without share cards: 570.0 MB, 2.85× the baseline's; 56 000 files",
    );
  });
});

describe("table", () => {
  it("has a row for the output without share cards", () => {
    expect(table([result])).toContain(
      "| 30 000 | size of dist/ without share cards | 570.0 MB, 56 000 files | 200.0 MB, 69 000 files | 2.85× |",
    );
  });
});
