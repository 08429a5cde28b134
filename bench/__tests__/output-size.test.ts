import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fileKind, isListing, outputSize } from "../output-size.ts";

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

describe("fileKind", () => {
  it.each([
    ["claims/a-claim/index.html", "claim"],
    ["cards/a-claim-0123456789abcdef.png", "card"],
    ["cards/site.png", "card"],
    ["sources/a-source/index.html", "source"],
    ["sources/a-source/passages.css", "other"],
    ["sources/page/2/index.html", "listing"],
    ["tags/x/page/2/index.html", "listing"],
    ["index.html", "listing"],
    ["pagefind/fragment/fr_0123abc.pf_fragment", "fragment"],
    ["pagefind/index/fr_0123abc.pf_index", "index"],
    ["pagefind/pagefind.js", "index"],
    ["export/claims-1.ndjson.gz", "export"],
    ["claimreview/feed-1.json", "export"],
    ["claims.json", "export"],
    ["search/index.html", "other"],
    ["rss.xml", "other"],
  ])("counts %s among the %s files", (path, kind) => {
    expect(fileKind(path)).toBe(kind);
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
      kinds: {
        listing: { files: 2, bytes: 420 },
        claim: { files: 1, bytes: 500 },
        index: { files: 1, bytes: 50 },
      },
    });
  });

  it("says nothing of a folder a failed build did not write", () => {
    expect(outputSize(join(root, "missing"))).toBeUndefined();
  });
});
