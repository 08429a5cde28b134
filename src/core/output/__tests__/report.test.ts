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

  it("says what the share cards weigh, and how to draw fewer when they make a host refuse the site", () => {
    const survey = {
      bytes: 1_300_000_000,
      files: 99_000,
      largest: { path: "export/claims-1.ndjson.gz", bytes: 600_000 },
    };
    const cards = { bytes: 460_000_000, files: 30_000 };
    expect(outputReport(survey, undefined, cards)).toEqual([
      "Output: 1.3 GB in 99 000 files (share cards: 460 MB in 30 000 files); the largest file is export/claims-1.ndjson.gz (600 KB).",
      "warning  GitHub Pages publishes sites of at most 1 GB; this one is 1.3 GB.",
      "warning  Cloudflare Pages (free plan) takes at most 20 000 files; this site has 99 000.",
      "warning  GitLab Pages publishes sites of at most 1 GB; this one is 1.3 GB.",
      "hint  The share cards are 460 MB and 30 000 files of it: `shareCards: verdict` in site.yaml draws one card per verdict instead of one per claim.",
    ]);
  });

  it("gives no hint when the cards are a small part of what a host refuses", () => {
    const survey = { bytes: 300_000_000, files: 25_000, largest: undefined };
    const cards = { bytes: 75_000, files: 5 };
    expect(outputReport(survey, undefined, cards)).toEqual([
      "Output: 300 MB in 25 000 files (share cards: 75 KB in 5 files).",
      "warning  Cloudflare Pages (free plan) takes at most 20 000 files; this site has 25 000.",
    ]);
  });
});
