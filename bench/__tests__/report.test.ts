import { describe, expect, it } from "vitest";
import { kindsTable, table } from "../report.ts";
import type { SizeResult } from "../suite.ts";
import { output, result, run, tool } from "./fake-results.ts";

describe("table", () => {
  it("has a row for the output without share cards", () => {
    expect(table([result])).toContain(
      "| 30 000 newsroom | size of dist/ without share cards | 570.0 MB, 56 000 files | 200.0 MB, 69 000 files | 2.85× |",
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
    expect(table([beside])).toContain(
      "| 30 000 newsroom | whole build, share cards cached | 64.0 s, 3 300 MiB, CPU 96.0 s (1.5 cores) | 90.0 s, 6 100 MiB, CPU 135.0 s (1.5 cores) | 0.71× time, 0.54× memory |",
    );
  });
});

describe("kindsTable", () => {
  it("gives each kind of file its files, bytes and mean size, beside the baseline's", () => {
    expect(kindsTable([result]).split("\n")).toEqual([
      "| claims | files | Citable | mean | baseline | mean |",
      "| --- | --- | --- | --- | --- | --- |",
      "| 30 000 newsroom | claim pages | 43 000 files, 510.0 MB | 11.9 KB | 34 500 files, 100.0 MB | 2.9 KB |",
      "| 30 000 newsroom | share cards | 43 000 files, 510.0 MB | 11.9 KB | 34 500 files, 100.0 MB | 2.9 KB |",
    ]);
  });
});
