/**
 * Writing `watch.json` so that a diff shows only what changed: sources in id
 * order, each field in one order, two-space indentation, a final line break.
 */
import type { Watch, WatchedSource } from "../core/schema/watch.ts";

const FIELDS: ReadonlyArray<keyof WatchedSource> = [
  "url",
  "checked",
  "state",
  "status",
  "to",
  "reason",
  "gone",
];

/** The text of `watch.json` for `watch`. */
export function watchJson(watch: Watch): string {
  const sources: Record<string, Record<string, unknown>> = {};
  for (const id of Object.keys(watch.sources).sort()) {
    const entry = watch.sources[id] as WatchedSource;
    const ordered: Record<string, unknown> = {};
    for (const field of FIELDS) if (entry[field] !== undefined) ordered[field] = entry[field];
    sources[id] = ordered;
  }
  return `${JSON.stringify({ sources }, null, 2)}\n`;
}

/**
 * The new file: `results` replace the entries of their sources in `previous`;
 * sources that are no longer watched (`watched` lacks them) are dropped.
 */
export function mergeWatch(
  previous: Watch | undefined,
  results: Record<string, WatchedSource>,
  watched: ReadonlySet<string>,
): Watch {
  const sources: Record<string, WatchedSource> = {};
  for (const [id, entry] of Object.entries(previous?.sources ?? {}))
    if (watched.has(id)) sources[id] = entry;
  Object.assign(sources, results);
  return { sources };
}
