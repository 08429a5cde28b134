import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { NETWORK_CACHE, readNetworkCache, writeNetworkCache } from "../network-cache.ts";

const factCheck = {
  site: "Sud",
  url: "https://sud.example/claims/x/",
  claim: "X.",
  verdict: "Faux",
  published: "2026-01-10",
};

describe("readNetworkCache", () => {
  it("says to refresh when nothing was fetched yet", () => {
    const root = mkdtempSync(join(tmpdir(), "citable-cache-"));
    expect(readNetworkCache(root, [])).toEqual({
      factChecks: [],
      partners: [],
      problem:
        "The partners' fact-checks have not been fetched yet: run npm run network -- refresh.",
    });
  });

  it("says to refresh when the file is not the cache", () => {
    const root = mkdtempSync(join(tmpdir(), "citable-cache-"));
    mkdirSync(dirname(join(root, NETWORK_CACHE)), { recursive: true });
    writeFileSync(join(root, NETWORK_CACHE), "{ not json");
    expect(readNetworkCache(root, []).problem).toBe(
      "node_modules/.astro/citable-network.json is not the cache this version writes: run npm run network -- refresh.",
    );
  });

  it("reads what was written, leaving out the partners no longer listed", () => {
    const root = mkdtempSync(join(tmpdir(), "citable-cache-"));
    const partner = (url: string) => ({
      name: "Sud",
      url,
      fetched: "2026-01-11T00:00:00Z",
      problem: null,
      factChecks: [factCheck],
    });
    writeNetworkCache(root, {
      version: 1,
      partners: [partner("https://sud.example/"), partner("https://old.example/")],
    });
    const read = readNetworkCache(root, [{ url: "https://sud.example/" }]);
    expect(read.factChecks).toEqual([factCheck]);
    expect(read.partners.map((p) => p.url)).toEqual(["https://sud.example/"]);
  });
});
