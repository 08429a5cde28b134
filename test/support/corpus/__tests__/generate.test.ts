import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
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

  it("writes claims of two citations, three tags and 2 KB of reasoning in the newsroom shape", () => {
    const dir = join(root, "newsroom");
    generateCorpus(dir, { ...small, shape: "newsroom" });
    const claims = [...readTree(join(dir, "claims")).values()];
    expect(claims).toHaveLength(small.claims);
    for (const file of claims) {
      const [, front = "", reasoning = ""] = file.split(/^---$/m);
      expect(front.match(/^ {2}- id: /gm)).toHaveLength(2);
      expect(front.split("\ntags:\n")[1]?.split("\nauthors:")[0]?.split("\n")).toHaveLength(3);
      expect(Buffer.byteLength(reasoning)).toBeGreaterThanOrEqual(2048);
      expect(Buffer.byteLength(reasoning)).toBeLessThan(2048 + 400);
    }
  });

  it("names the shapes when given one it does not know", () => {
    expect(() =>
      generateCorpus(join(root, "unknown"), { ...small, shape: "huge" as "bench" }),
    ).toThrow('There is no corpus shape "huge"; use bench or newsroom.');
  });

  it("refuses a folder that is not empty", () => {
    expect(() => generateCorpus(join(root, "one"), small)).toThrow(/is not empty/);
  });

  it.for(["bench", "newsroom"] as const)(
    "writes a %s corpus that passes the content check",
    { timeout: 30_000 },
    (shape) => {
      const dir = join(root, `checked-${shape}`);
      generateCorpus(dir, { ...small, shape });
      const result = spawnSync(process.execPath, [check, dir], { encoding: "utf8" });
      const output = result.stdout + result.stderr;
      expect(output).not.toMatch(/^\S+:\d+:\d+\s+(error|warning)\s/m);
      expect(result.status).toBe(0);
    },
  );
});
