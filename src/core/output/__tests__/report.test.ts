import { describe, expect, it } from "vitest";
import { outputReport } from "../report.ts";

describe("outputReport", () => {
  it("ends a build that fits everywhere with one line", () => {
    const survey = { bytes: 25_100_000, files: 2_299, largest: { path: "a.html", bytes: 90_000 } };
    expect(outputReport(survey)).toEqual([
      "Output: 25.1 MB in 2 299 files; the largest file is a.html (90 KB). It fits every common static host.",
    ]);
  });

  it("lists one warning line per host limit exceeded", () => {
    const survey = {
      bytes: 779_000_000,
      files: 66_000,
      largest: { path: "claims.json", bytes: 147_000_000 },
    };
    expect(outputReport(survey)).toEqual([
      "Output: 779 MB in 66 000 files; the largest file is claims.json (147 MB).",
      "warning  Cloudflare Pages (free plan) refuses files over 25 MiB; claims.json is 147 MB.",
      "warning  Cloudflare Pages (free plan) takes at most 20 000 files; this site has 66 000.",
      "warning  Cloudflare Pages (paid plans) refuses files over 25 MiB; claims.json is 147 MB.",
    ]);
  });
});
