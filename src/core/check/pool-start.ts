/**
 * Whether a content folder is checked sooner with a worker pool, and a pool
 * started for it before the check's modules are loaded: a worker then loads
 * them (about a third of a second of a core) while `npm run check`'s own
 * thread loads its own, instead of after. Light on purpose: it imports
 * nothing of the check.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { WorkerPool } from "../workers/worker-pool.ts";

/** The module whose jobs run in the workers of a load shared with a pool (pool-load.ts). */
export const LOAD_JOBS = new URL("./load-share.ts", import.meta.url);

/**
 * Whether a folder of so many files is checked sooner with a worker pool:
 * starting a worker (a thread, and the check's modules loaded again in it)
 * costs about a third of a second of a core, more than a site of a few dozen
 * files takes in all.
 */
export function worthAPool({ sources, claims }: { sources: number; claims: number }): boolean {
  return sources * SOURCE_WEIGHT + claims >= POOL_FROM;
}

/** A source costs about as much to prepare as this many claims to open and check. */
const SOURCE_WEIGHT = 10;
/** From this many claims' worth of work on, a worker pool repays its start. */
const POOL_FROM = 1000;

/**
 * A pool for the check of the content folder `dir`, its workers loading the
 * check's modules at once, when its files are worth one; counted by their
 * names alone (the check lists them properly later).
 */
export function poolFor(dir: string): WorkerPool | undefined {
  const count = (folder: string) => {
    try {
      return readdirSync(join(dir, folder)).filter((name) => name.endsWith(".md")).length;
    } catch {
      // A folder that cannot be read is the check's to report.
      return 0;
    }
  };
  const files = { sources: count("sources"), claims: count("claims") };
  return worthAPool(files) ? new WorkerPool(undefined, [LOAD_JOBS]) : undefined;
}
