/**
 * content/ belongs to whoever runs the site: no test, and nothing the tests
 * use, reaches it. (The test beside this one proves it by running the tests
 * on a copy of the repository with other content; this one is the cheap
 * guard that names the line.)
 */
import { cpSync, mkdtempSync, readdirSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { contentReferences } from "../support/content-references.ts";

const PROJECT = fileURLToPath(new URL("../../", import.meta.url));
const planted = mkdtempSync(join(tmpdir(), "citable-references-"));
afterAll(() => rmSync(planted, { recursive: true, force: true }));

// Planted test files, kept as .txt under test/fixtures/ (which the guard skips).
const PLANTED = fileURLToPath(new URL("../fixtures/content-references/", import.meta.url));

describe("contentReferences", () => {
  it("names each relative path into content/ and each join of the project's root with it", () => {
    cpSync(PLANTED, planted, { recursive: true });
    for (const file of listTxt(planted)) renameSync(file, file.replace(/\.txt$/, ""));
    expect(contentReferences(planted).map(({ file, line }) => `${file}:${line}`)).toEqual([
      "src/a/__tests__/a.test.ts:1",
      "src/a/__tests__/a.test.ts:2",
      "src/a/__tests__/a.test.ts:4",
      "src/b/__tests__/b.test.ts:1",
    ]);
  });

  it("finds none in the project's tests, bench tests and test support", () => {
    expect(contentReferences(PROJECT)).toEqual([]);
  });
});

/** The `.ts.txt` files under `folder`. */
function listTxt(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".ts.txt"))
    .map((name) => join(folder, name));
}
