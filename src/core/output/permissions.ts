/**
 * A built site readable by everyone: a web server that runs as another user,
 * or a copy made with `rsync -a`, must be able to read what the build wrote.
 * The build writes into a temporary folder, which is created readable by its
 * owner only.
 */
import { chmodSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Sets every folder under `dir`, and `dir` itself, to mode 755 and every file to 644. */
export function makeReadable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) chmodSync(path, 0o755);
    else if (entry.isFile()) chmodSync(path, 0o644);
  }
}
