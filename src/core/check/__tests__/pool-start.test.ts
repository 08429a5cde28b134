import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { poolFor, worthAPool } from "../pool-start.ts";

describe("worthAPool", () => {
  it.each([
    [{ sources: 1, claims: 13 }, false],
    [{ sources: 50, claims: 400 }, false],
    [{ sources: 100, claims: 1000 }, true],
    [{ sources: 0, claims: 1000 }, true],
  ])("for %o files says %s", (files, worth) => {
    expect(worthAPool(files)).toBe(worth);
  });
});

/** A content folder with so many source and claim files (empty: only their names count). */
function folder(sources: number, claims: number): string {
  const dir = mkdtempSync(join(tmpdir(), "citable-pool-start-"));
  for (const [name, count] of [
    ["sources", sources],
    ["claims", claims],
  ] as const) {
    mkdirSync(join(dir, name));
    for (let n = 0; n < count; n++) writeFileSync(join(dir, name, `f${n}.md`), "");
  }
  return dir;
}

describe("poolFor", () => {
  it("starts no worker for a site of a few dozen files, nor for a folder without content", () => {
    expect(poolFor(folder(2, 13))).toBeUndefined();
    expect(poolFor(join(tmpdir(), "no-such-citable-folder"))).toBeUndefined();
  });

  it("starts a pool for a folder whose files are worth one, counting only Markdown files", async () => {
    const dir = folder(100, 0);
    writeFileSync(join(dir, "sources", "notes.txt"), "");
    const pool = poolFor(dir);
    try {
      expect(pool?.size).toBeGreaterThanOrEqual(1);
    } finally {
      await pool?.close();
    }
    expect(poolFor(folder(99, 0))).toBeUndefined();
  });
});
