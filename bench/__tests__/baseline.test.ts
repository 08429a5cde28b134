import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../test/support/corpus/generate.ts";

const build = fileURLToPath(new URL("../baseline/build.ts", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "citable-baseline-test-"));

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the benchmark's baseline", () => {
  it("builds a page for every claim and source, lists them 100 to a page, and indexes them", () => {
    const content = join(root, "content");
    const out = join(root, "dist");
    generateCorpus(content, { claims: 110, sources: 3, seed: 3 });
    const env = {
      ...process.env,
      CITABLE_CONTENT: content,
      CITABLE_BENCH_CACHE: join(root, "cache"),
    };
    const result = spawnSync(process.execPath, [build, "--out-dir", out], {
      env,
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
    for (const kind of ["claims", "sources"]) {
      for (const file of readdirSync(join(content, kind))) {
        expect(existsSync(join(out, kind, file.replace(/\.md$/, ""), "index.html"))).toBe(true);
      }
    }
    expect(existsSync(join(out, "2", "index.html"))).toBe(true);
    expect(existsSync(join(out, "3", "index.html"))).toBe(false);
    // The same listings as Citable's: by tag, verdict and claimant, each with its index.
    for (const listing of ["tags", "verdicts", "claimants"]) {
      expect(existsSync(join(out, listing, "index.html")), listing).toBe(true);
      const groups = readdirSync(join(out, listing), { withFileTypes: true });
      expect(groups.filter((entry) => entry.isDirectory()).length, listing).toBeGreaterThan(0);
    }
    const items = (file: string) =>
      (readFileSync(join(out, file), "utf8").match(/<li>/g) ?? []).length;
    expect(items("index.html")).toBe(100);
    expect(items("2/index.html")).toBe(10);
    const entry = JSON.parse(readFileSync(join(out, "pagefind", "pagefind-entry.json"), "utf8"));
    expect(entry.languages.fr.page_count).toBe(113);
  }, 60_000);
});
