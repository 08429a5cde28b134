import { describe, expect, it } from "vitest";
import { hostWarnings, size, sizesAgainst } from "../hosts.ts";

const MiB = 1024 * 1024;
const survey = (bytes: number, files: number, largest = 1000) => ({
  bytes,
  files,
  largest: { path: "claims.json", bytes: largest },
});

describe("hostWarnings", () => {
  it("says nothing of a site every host takes", () => {
    expect(hostWarnings(survey(243_000_000, 19_999, 25 * MiB))).toEqual([]);
  });

  it("warns for each host whose limit on the site's size is exceeded", () => {
    expect(hostWarnings(survey(1_200_000_000, 100))).toEqual([
      {
        host: "GitHub Pages",
        limit: "siteBytes",
        message: "GitHub Pages publishes sites of at most 1 GB; this one is 1.2 GB.",
      },
      {
        host: "GitLab Pages",
        limit: "siteBytes",
        message: "GitLab Pages publishes sites of at most 1 GB; this one is 1.2 GB.",
      },
    ]);
  });

  it("never writes a site just over a limit as the limit itself", () => {
    // At 30 000 claims, 1 029 MB read "at most 1 GB; this one is 1 GB".
    const messages = (bytes: number) => hostWarnings(survey(bytes, 100)).map((w) => w.message);
    expect(messages(1_029_100_000)[0]).toBe(
      "GitHub Pages publishes sites of at most 1 GB; this one is 1.03 GB.",
    );
    expect(messages(1_004_000_000)[0]).toBe(
      "GitHub Pages publishes sites of at most 1 GB; this one is 1.004 GB.",
    );
    expect(messages(1_000_000_001)[0]).toBe(
      "GitHub Pages publishes sites of at most 1 GB; this one is 1.000000001 GB.",
    );
  });

  it("never writes a file just over a limit in MiB as the limit itself", () => {
    // 25 MiB is 26 214 400 bytes: "26.2 MB" would read as less.
    const message = (bytes: number) => hostWarnings(survey(1000, 10, bytes))[0]?.message;
    expect(message(25 * MiB + 20_000)).toBe(
      "Cloudflare Pages (free plan) refuses files over 25 MiB; claims.json is 26.23 MB.",
    );
    expect(message(25 * MiB + 1)).toBe(
      "Cloudflare Pages (free plan) refuses files over 25 MiB; claims.json is 26.214401 MB.",
    );
  });

  it("names the file over Cloudflare Pages' limit of 25 MiB", () => {
    const messages = hostWarnings(survey(60_000_000, 10, 49_000_000)).map((w) => w.message);
    expect(messages).toEqual([
      "Cloudflare Pages (free plan) refuses files over 25 MiB; claims.json is 49 MB.",
      "Cloudflare Pages (paid plans) refuses files over 25 MiB; claims.json is 49 MB.",
    ]);
  });

  it.each([
    [20_001, ["Cloudflare Pages (free plan)"]],
    [100_001, ["Cloudflare Pages (free plan)", "Cloudflare Pages (paid plans)"]],
    [200_001, ["Cloudflare Pages (free plan)", "Cloudflare Pages (paid plans)", "GitLab Pages"]],
  ])("warns of %i files for %j", (files, hosts) => {
    expect(hostWarnings(survey(1000, files)).map((w) => w.host)).toEqual(hosts);
  });

  it("says how many files the site has against the limit", () => {
    const [warning] = hostWarnings(survey(1000, 22_239));
    expect(warning?.message).toBe(
      "Cloudflare Pages (free plan) takes at most 20 000 files; this site has 22 239.",
    );
  });
});

describe("sizesAgainst", () => {
  it("writes the site and its largest file as more than every limit they go beyond", () => {
    expect(sizesAgainst(survey(1_004_000_000, 10, 25 * MiB + 1))).toEqual({
      site: "1.004 GB",
      largest: "26.214401 MB",
    });
  });

  it("writes them as size() does when they are within every limit", () => {
    expect(sizesAgainst(survey(999_000_000, 10, 25 * MiB))).toEqual({
      site: "999 MB",
      largest: "25 MiB",
    });
  });
});

describe("size", () => {
  it.each([
    [512, "512 B"],
    [2_500, "2.5 KB"],
    [243_400_000, "243.4 MB"],
    [1_000_000_000, "1 GB"],
    [1_029_100_000, "1.03 GB"],
    [12_500_000_000, "12.5 GB"],
    [100_000_000, "100 MB"],
    [999_999_999, "1 GB"],
    [999_949_999, "999.9 MB"],
    [999_960, "1 MB"],
    [999, "999 B"],
    [25 * MiB, "25 MiB"],
  ])("writes %i bytes as %s", (bytes, text) => {
    expect(size(bytes)).toBe(text);
  });
});
