/**
 * Each source's history across checks: when it was first checked, since when
 * it has been in its state, when it was last read in full, and, while the
 * original cannot be reached, what the last reading found. An outage never
 * erases the finding that a cited passage has gone.
 */
import type { WatchedSource, WatchState } from "../core/schema/watch.ts";

/** The states of a check that read the original's text. */
const READINGS: ReadonlySet<WatchState> = new Set([
  "unchanged",
  "changed-quotes-present",
  "changed-quotes-gone",
]);

/** `entry`, the check just done, with the history `previous` (the last entry of the same source) carried over. */
export function withHistory(
  previous: WatchedSource | undefined,
  entry: WatchedSource,
): WatchedSource {
  // A source whose url was changed by hand starts a new history.
  const before = previous?.url === entry.url ? previous : undefined;
  const { firstChecked, since, lastRead, seen, ...now } = entry;
  const history: Partial<WatchedSource> = {
    firstChecked: before ? (before.firstChecked ?? before.checked) : entry.checked,
    since: before?.state === entry.state ? (before.since ?? before.checked) : entry.checked,
  };
  if (READINGS.has(entry.state)) return { ...now, ...history, lastRead: entry.checked };
  if (before?.lastRead) history.lastRead = before.lastRead;
  if (entry.state !== "unreachable" || !before) return { ...now, ...history };
  const found = before.state === "unreachable" ? before.seen : before.state;
  if (!found || !READINGS.has(found)) return { ...now, ...history };
  return {
    ...now,
    ...history,
    seen: found,
    ...(before.gone ? { gone: before.gone } : {}),
    ...(before.changes ? { changes: before.changes } : {}),
  };
}
