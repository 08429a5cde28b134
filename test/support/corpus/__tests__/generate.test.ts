import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../generate.ts";

const check = fileURLToPath(new URL("../../../../src/cli/check.ts", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "citable-generate-test-"));
const small = { claims: 20, sources: 2, seed: 7 };

afterAll(() => rmSync(root, { recursive: true, force: true }));

// Every file of a folder, by path relative to it.
function readTree(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
    entry.isFile(),
  );
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path.slice(dir.length + 1), readFileSync(path, "utf8")];
    }),
  );
}

describe("generateCorpus", () => {
  it("writes identical files for the same options", () => {
    generateCorpus(join(root, "one"), small);
    generateCorpus(join(root, "two"), small);
    const one = readTree(join(root, "one"));
    expect(one.size).toBe(2 + small.claims + small.sources);
    expect(readTree(join(root, "two"))).toEqual(one);
  });

  it("writes other text for another seed", () => {
    generateCorpus(join(root, "other"), { ...small, seed: 8 });
    expect(readTree(join(root, "other"))).not.toEqual(readTree(join(root, "one")));
  });

  it("quotes sources in every way the check must handle", () => {
    const stats = generateCorpus(join(root, "kinds"), small);
    expect(Object.keys(stats.quotes).sort()).toEqual([
      "elision",
      "elision-next-paragraph",
      "fragment",
      "line-break",
      "prefix",
      "sentence",
      "suffix",
    ]);
    expect(stats.typedPlain).toBeGreaterThan(0);
  });

  it("refuses a folder that is not empty", () => {
    expect(() => generateCorpus(join(root, "one"), small)).toThrow(/is not empty/);
  });

  it("writes a corpus that passes the content check", (context) => {
    context.skip(!existsSync(check), "src/cli/check.ts does not exist yet");
    const dir = join(root, "checked");
    generateCorpus(dir, small);
    const result = spawnSync(process.execPath, [check, dir], { encoding: "utf8" });
    const output = result.stdout + result.stderr;
    expect(output).not.toMatch(/^\S+:\d+:\d+\s+(error|warning)\s/m);
    expect(result.status).toBe(0);
  }, 30_000);
});
