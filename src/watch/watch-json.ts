/**
 * Writing `watch.json` so that a diff shows only what changed: sources in id
 * order, each field in one order, two-space indentation, a final line break;
 * written to a temporary file then renamed, so a job stopped mid-write leaves
 * the last whole file.
 */
import { renameSync, writeFileSync } from "node:fs";
import type { Watch, WatchedSource } from "../core/schema/watch.ts";
import { withHistory } from "./history.ts";

const FIELDS: ReadonlyArray<keyof WatchedSource> = [
  "url",
  "checked",
  "state",
  "status",
  "to",
  "reason",
  "since",
  "firstChecked",
  "lastRead",
  "seen",
  "gone",
  "changes",
];

/** The text of `watch.json` for `watch`. */
export function watchJson(watch: Watch): string {
  // Ids are content, and `__proto__` is a valid one: no plain object is indexed by them.
  const sources = Object.create(null) as Record<string, Record<string, unknown>>;
  for (const id of Object.keys(watch.sources).sort()) {
    const entry = watch.sources[id] as WatchedSource;
    const ordered: Record<string, unknown> = {};
    for (const field of FIELDS) if (entry[field] !== undefined) ordered[field] = entry[field];
    sources[id] = ordered;
  }
  return `${JSON.stringify({ sources }, null, 2)}\n`;
}

/** Writes `watch` to `file`, whole or not at all. */
export function writeWatch(file: string, watch: Watch): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, watchJson(watch));
  renameSync(temporary, file);
}

/**
 * The new file: `results` replace the entries of their sources in `previous`,
 * each with its history carried over; sources that are no longer watched
 * (`watched` lacks them) are dropped.
 */
export function mergeWatch(
  previous: Watch | undefined,
  results: ReadonlyMap<string, WatchedSource>,
  watched: ReadonlySet<string>,
): Watch {
  const sources = Object.create(null) as Record<string, WatchedSource>;
  const before = new Map(Object.entries(previous?.sources ?? {}));
  for (const [id, entry] of before) if (watched.has(id)) sources[id] = entry;
  for (const [id, entry] of results) sources[id] = withHistory(before.get(id), entry);
  return { sources };
}
