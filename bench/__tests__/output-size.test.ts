import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isListing, outputSize } from "../output-size.ts";

const root = mkdtempSync(join(tmpdir(), "citable-output-size-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("isListing", () => {
  it.each([
    ["index.html", true],
    ["page/2/index.html", true],
    ["verdicts/faux/page/3/index.html", true],
    ["tags/index.html", true],
    ["sources/index.html", true],
    ["sources/page/2/index.html", true],
    ["sources/2/index.html", true],
    ["claims/a-claim/index.html", false],
    ["sources/a-source/index.html", false],
    ["search/index.html", false],
    ["claims.json", false],
  ])("counts %s as a listing: %s", (path, listing) => {
    expect(isListing(path)).toBe(listing);
  });
});

describe("outputSize", () => {
  it("names the largest file and the largest listing page", () => {
    const files: Record<string, number> = {
      "index.html": 120,
      "claims/a/index.html": 500,
      "tags/x/page/2/index.html": 300,
      "pagefind/x.pf_fragment": 50,
    };
    for (const [path, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), "x".repeat(bytes));
    }
    expect(outputSize(root)).toEqual({
      bytes: 970,
      files: 4,
      largest: { path: "claims/a/index.html", bytes: 500 },
      largestListing: { path: "tags/x/page/2/index.html", bytes: 300 },
    });
  });

  it("says nothing of a folder a failed build did not write", () => {
    expect(outputSize(join(root, "missing"))).toBeUndefined();
  });
});
