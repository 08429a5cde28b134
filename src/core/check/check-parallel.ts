/**
 * The check as `npm run check` runs it: a full load of a {@link ContentSession}
 * shared with a worker pool when the folder is large enough to repay one
 * (pool-load.ts), and the notes on claims close to another fact-check. The
 * same session as the build's, so the same diagnostics.
 */
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { WorkerPool } from "../workers/worker-pool.ts";
import { likelyDuplicates, notesAt } from "./already-checked.ts";
import { readNetworkCache } from "./network-cache.ts";
import { worthAPool } from "./pool-start.ts";
import { type CheckOptions, type CheckResult, ContentSession } from "./session.ts";

/** What `npm run check` prints: the check's problems, then its notes. */
export interface CheckedContent extends CheckResult {
  /**
   * The notes on the newest claims close to another fact-check of this site
   * or of a partner (already-checked.ts); empty unless asked for.
   */
  notes: Diagnostic[];
}

/** How `npm run check` runs, besides the folder. */
export interface CheckRun {
  /** Whether to find the notes on likely duplicates. Default: false. */
  notes?: boolean;
  /**
   * A pool to share the load with whatever the folder's size, left open.
   * Default: a pool of a worker per other core, started for a folder
   * {@link worthAPool} and closed at the end.
   */
  pool?: WorkerPool | undefined;
}

/**
 * Checks the content folder `dir`; paths are printed relative to `cwd`, where
 * the partners' fact-checks are read (`node_modules/.astro/`) when notes are asked.
 */
export async function checkContent(
  dir: string,
  cwd: string = process.cwd(),
  options: CheckOptions = {},
  { notes = false, pool }: CheckRun = {},
): Promise<CheckedContent> {
  const session = new ContentSession(dir, cwd, options);
  let started: WorkerPool | undefined;
  const startPool = (files: CheckResult["files"]) => {
    if (pool || !worthAPool(files)) return pool;
    started = new WorkerPool();
    return started;
  };
  let placed: Diagnostic[] = [];
  try {
    // Every claim's statement is known once every claim is open: the closest fact-checks are
    // searched then, and their notes placed, in this thread, while the workers check the most claims.
    await session.load(startPool, (factChecks) => {
      const site = session.site();
      if (!notes || !site) return;
      const found = likelyDuplicates(factChecks, readNetworkCache(cwd, site.network).factChecks);
      placed = notesAt(found, (note) => session.claimPlace(note));
    });
    return { ...session.result(), notes: placed };
  } finally {
    await started?.close();
  }
}
