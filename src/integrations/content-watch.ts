/**
 * The content folder's watcher in `astro dev`: the folder and each folder in
 * it (claims/, sources/, pages/…), one `fs.watch` each, which name the file
 * that changed. Vite's own watcher is told to leave the content folder alone
 * (virtual-modules.ts): on any change in a folder it reads the whole folder
 * again and stats each file, a tenth of a second of each edit with 10 000
 * claims in claims/. The content is data, never a module Vite would reload.
 */
import { type FSWatcher, readdirSync, statSync, watch } from "node:fs";
import { join } from "node:path";

/**
 * Calls `changed` with the path of each file added, edited or deleted in
 * `folder` or a folder in it (a folder added later too); events of the same
 * file that come together (a file truncated then written) are told once.
 * Gives the function that stops watching. The watchers never keep the
 * process alive.
 */
export function watchContent(folder: string, changed: (path: string) => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  const pending = new Set<string>();
  const flush = () => {
    const paths = [...pending];
    pending.clear();
    for (const path of paths) changed(path);
  };
  const heard = (path: string) => {
    if (pending.size === 0) setImmediate(flush);
    pending.add(path);
  };
  const follow = (dir: string) => {
    if (watchers.has(dir)) return;
    try {
      const watcher = watch(dir, (event, name) => {
        if (!name) return;
        const path = join(dir, name.toString());
        // A folder added, deleted or put back in the content folder: watched as it now is.
        if (dir === folder && event === "rename") {
          watchers.get(path)?.close();
          watchers.delete(path);
          if (isFolder(path)) follow(path);
        }
        heard(path);
      });
      // A folder deleted or renamed: its watcher ends; the folder's change is heard above.
      watcher.on("error", () => {
        watcher.close();
        watchers.delete(dir);
      });
      watcher.unref();
      watchers.set(dir, watcher);
    } catch {
      // Gone before it could be watched.
    }
  };
  follow(folder);
  for (const entry of entriesOf(folder)) {
    if (entry.isDirectory() && !entry.name.startsWith(".")) follow(join(folder, entry.name));
  }
  return () => {
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}

function entriesOf(folder: string) {
  try {
    return readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
