/**
 * Vitest's global setup for every test: one temporary folder for the whole run, made the
 * system's temporary folder (TMPDIR) for the test threads and every process they start, and
 * removed once the run ends. Tests make folders with mkdtemp in os.tmpdir() by the hundred
 * (copies of the fixture, built sites, caches); a test need not remove its own for none to be
 * left behind, on a developer's machine or a CI runner.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";

const PREFIX = "citable-tests-";

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  // A run started by a test (the suite run on a copy of the project) makes its folder beside its
  // parent run's, not in it: Chromium's socket path, made under the temporary folder, must stay
  // under 108 characters.
  const parent = basename(tmpdir()).startsWith(PREFIX) ? dirname(tmpdir()) : tmpdir();
  const run = mkdtempSync(join(parent, PREFIX));
  process.env.TMPDIR = run;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(run, { recursive: true, force: true });
  };
}
