/**
 * The one line `npm run check` and the build end with about the sources'
 * live originals, so an editor sees a passage gone without opening watch.json.
 */
import { WATCH_STATES, type WatchState } from "../schema/watch.ts";

/** One source's state as last checked, and what was last read while it is unreachable. */
export interface WatchedState {
  state: WatchState;
  seen?: WatchState | undefined;
}

/**
 * `Originals (watch.json): 4 unchanged, 1 changed-quotes-gone, 1 unreachable (last seen changed-quotes-gone).`;
 * `states` is undefined when there is no watch.json, `"unreadable"` when it could not be read.
 */
export function watchStatesLine(
  states: readonly WatchedState[] | "unreadable" | undefined,
): string {
  if (states === "unreadable")
    return "Originals: watch.json could not be read (see above); npm run watch-sources will not rewrite it until it is fixed.";
  if (!states || states.length === 0)
    return "Originals: not watched yet; npm run watch-sources checks the sources that have a url.";
  const parts = WATCH_STATES.flatMap((state) => {
    const those = states.filter((entry) => entry.state === state);
    if (those.length === 0) return [];
    const seen = WATCH_STATES.flatMap((found) => {
      const count = those.filter((entry) => entry.seen === found).length;
      return count > 0 ? [`${count} last seen ${found}`] : [];
    });
    return [`${those.length} ${state}${seen.length > 0 ? ` (${seen.join(", ")})` : ""}`];
  });
  const worrying = states.some(({ state, seen }) =>
    [state, seen].some((s) => s === "changed-quotes-gone" || s === "gone" || s === "moved"),
  );
  return `${worrying ? "!" : "✔"} Originals (watch.json): ${parts.join(", ")}.`;
}
