/**
 * Vitest's global setup for every test: one temporary folder for the whole run, made the
 * system's temporary folder (TMPDIR) for the test threads and every process they start, and
 * removed once the run ends. Tests make folders with mkdtemp in os.tmpdir() by the hundred
 * (copies of the fixture, built sites, caches); a test need not remove its own for none to be
 * left behind, on a developer's machine or a CI runner.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const run = mkdtempSync(join(tmpdir(), "citable-tests-"));
  process.env.TMPDIR = run;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(run, { recursive: true, force: true });
  };
}
