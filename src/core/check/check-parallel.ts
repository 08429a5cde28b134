/**
 * The check as `npm run check` runs it: a full load of a {@link ContentSession}
 * on two cores or more, a worker pool preparing most sources (Markdown parse,
 * visible text, normalisation: the costly half) while this thread reads the
 * claims. The same session as the build's, so the same diagnostics.
 */

import { WorkerPool } from "../workers/worker-pool.ts";
import { type CheckOptions, type CheckResult, ContentSession } from "./session.ts";

/** Checks the content folder `dir`; paths are printed relative to `cwd`. */
export async function checkContent(
  dir: string,
  cwd: string = process.cwd(),
  options: CheckOptions = {},
): Promise<CheckResult> {
  const pool = new WorkerPool();
  try {
    const session = new ContentSession(dir, cwd, options);
    await session.load(pool);
    return session.result();
  } finally {
    await pool.close();
  }
}
