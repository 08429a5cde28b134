/** Figures of a made-up bench run, for the tests of the report and the targets. */
import type { OutputSize } from "../output-size.ts";
import type { Figures, SizeResult, ToolResult } from "../suite.ts";

/** A step's figures: `seconds` of wall time, 1.5 times that of CPU, `mib` of peak memory. */
export const run = (seconds: number, mib: number): Figures => ({
  wallMs: seconds * 1000,
  maxRssKb: mib * 1024,
  cpuMs: seconds * 1500,
});

/** An output of `mb` megabytes in `files` files, half of them share cards. */
export const output = (mb: number, files: number): OutputSize => ({
  bytes: mb * 1e6,
  files,
  largest: { path: "claims.json", bytes: 1_200_000 },
  largestListing: { path: "verdicts/faux/page/2/index.html", bytes: 30_000 },
  kinds: {
    claim: { files: files / 2, bytes: (mb * 1e6) / 2 },
    card: { files: files / 2, bytes: (mb * 1e6) / 2 },
  },
});

/** A tool's results with nothing measured but `extra`. */
export const tool = (extra: Partial<ToolResult>): ToolResult => ({
  steps: {},
  dist: undefined,
  distWithoutCards: undefined,
  search: undefined,
  dev: undefined,
  ...extra,
});

/** 30 000 claims of the newsroom's shape: the warm build at 0.80× the baseline's. */
export const result: SizeResult = {
  claims: 30_000,
  shape: "newsroom",
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
