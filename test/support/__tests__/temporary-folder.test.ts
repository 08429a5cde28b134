import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import setup from "../temporary-folder.ts";

describe("the test run's temporary folder", () => {
  it("is the system's temporary folder while tests run", () => {
    expect(basename(tmpdir())).toMatch(/^citable-tests-/);
  });

  it("takes every folder a test makes, and is removed with them when the run ends", () => {
    const before = process.env.TMPDIR;
    const teardown = setup();
    const run = tmpdir();
    expect(run).not.toBe(before);
    // Beside the run's own folder, not in it: a run started by a test does not nest.
    expect(dirname(run)).toBe(dirname(before ?? ""));
    const made = mkdtempSync(join(tmpdir(), "citable-"));
    writeFileSync(join(made, "site.yaml"), "name: x\n");
    teardown();
    expect(existsSync(run)).toBe(false);
    expect(process.env.TMPDIR).toBe(before);
  });
});
