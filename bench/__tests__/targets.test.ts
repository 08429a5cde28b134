import { describe, expect, it } from "vitest";
import type { SizeResult } from "../suite.ts";
import { scaledOutput, targets } from "../targets.ts";
import { output, result, run, tool } from "./fake-results.ts";

describe("targets", () => {
  it("holds the whole build to 0.8× the baseline's with the share cards' cache warm", () => {
    expect(targets(result)[0]).toBe(
      "30 000 claims (newsroom): whole build, share cards cached: Citable 64.0 s (CPU 96.0 s) vs baseline (astro build + pagefind) 80.0 s (CPU 120.0 s): 0.80×, CPU 0.80× (target ≤ 0.8×): met",
    );
  });

  it("says a target is not met, with the baseline's build of the same minutes", () => {
    const slower: SizeResult = {
      ...result,
      tools: {
        ...result.tools,
        baseline: tool({
          steps: { whole: run(80, 6000), "whole-warm": run(70, 3000) },
          dist: output(200, 69_000),
        }),
      },
    };
    const lines = targets(slower);
    expect(lines[0]).toMatch(
      / 70\.0 s \(CPU 105\.0 s\): 0\.91×, CPU 0\.91× \(target ≤ 0\.8×\): not met$/,
    );
    expect(lines[1]).toBe(
      "30 000 claims (newsroom): whole build peak memory: Citable 3 300 MiB vs baseline 3 000 MiB: 1.10× (target ≤ 1.0×): not met",
    );
  });

  it("holds what a cold card cache adds to 25 % of a build without cards", () => {
    expect(targets(result)[2]).toBe(
      "30 000 claims (newsroom): share cards drawn cold add 40.0 s (67 %) to a whole build of 60.0 s without them (target ≤ 25 %); 7 % with their cache warm: not met",
    );
  });

  it("holds dist/ at 30 000 claims to 850 MB, fewer than 100 000 files, files of 10 MB and listings of 200 KB", () => {
    const lines = targets(result);
    expect(lines[3]).toBe(
      "30 000 claims (newsroom): dist/ at 30 000 claims: 1020.0 MB (target ≤ 850.0 MB): not met; 86 000 files (target < 100 000): met",
    );
    expect(lines[4]).toBe(
      "30 000 claims (newsroom): largest file: claims.json (1.2 MB) (target ≤ 10.0 MB): met; largest listing page: verdicts/faux/page/2/index.html (30 KB) (target ≤ 200 KB): met",
    );
  });

  it("scales a smaller corpus's output to 30 000 claims, and says so", () => {
    const small: SizeResult = {
      ...result,
      claims: 3000,
      tools: { ...result.tools, citable: tool({ dist: output(80, 9_000) }) },
    };
    expect(targets(small)).toContain(
      "3 000 claims (newsroom): dist/ at 30 000 claims: 800.0 MB (80.0 MB and 9 000 files at 3 000 claims, scaled) (target ≤ 850.0 MB): met; 90 000 files (target < 100 000): met",
    );
  });

  it("judges the dev loop at 10 000 claims", () => {
    const dev: SizeResult = {
      ...result,
      claims: 10_000,
      tools: {
        ...result.tools,
        citable: tool({ dev: { readyMs: 8000, claimMs: 140, sourceMs: 320, missed: undefined } }),
      },
    };
    expect(targets(dev).at(-1)).toBe(
      "10 000 claims (newsroom): dev loop: edited claim shown in 0.14 s, edited source in 0.32 s (target < 0.3 s at 10 000 claims): not met",
    );
  });
});

describe("scaledOutput", () => {
  it("scales what grows with the claims and keeps the search index and the other files", () => {
    const dist = {
      ...output(46, 3381),
      kinds: {
        claim: { files: 1000, bytes: 16e6 },
        index: { files: 57, bytes: 1.5e6 },
        other: { files: 41, bytes: 0.9e6 },
      },
    };
    expect(scaledOutput(dist, 30)).toEqual({
      bytes: (46e6 - 2.4e6) * 30 + 2.4e6,
      files: (3381 - 98) * 30 + 98,
    });
  });
});
