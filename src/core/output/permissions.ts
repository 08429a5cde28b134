/**
 * A built site readable by everyone: a web server that runs as another user,
 * or a copy made with `rsync -a`, must be able to read what the build wrote.
 * The build writes into a temporary folder, which is created readable by its
 * owner only. The output survey (survey.ts) applies this while it walks the
 * site, so that a build of 30 000 pages reads its folders once, not twice.
 */
import { chmodSync, type Stats } from "node:fs";

/** The mode every folder of a site gets: readable and listable by all. */
const FOLDER_MODE = 0o755;
/** The mode every file of a site gets: readable by all. */
const FILE_MODE = 0o644;

/** Sets `path` to its mode above, unless `stats` say it has it already (a chmod is a system call per file). */
export function makeReadable(path: string, stats: Stats): void {
  const mode = stats.isDirectory() ? FOLDER_MODE : FILE_MODE;
  if ((stats.mode & 0o7777) !== mode) chmodSync(path, mode);
}
