/** What `npm run watch-sources` prints: a line per source as it ends, a summary, and GitHub annotations. */

import type { Corpus } from "../core/check/session.ts";
import { originalWarning } from "../core/content/watch-file.ts";
import type { Diagnostic } from "../core/diagnostics/diagnostic.ts";
import { lastFinding, WATCH_STATES, type WatchState } from "../core/schema/watch.ts";
import type { WatchResult } from "./watch-source.ts";

const MARKS: Record<WatchState, string> = {
  unchanged: "✔",
  "changed-quotes-present": "~",
  "changed-quotes-gone": "✖",
  moved: "→",
  gone: "✖",
  unreachable: "?",
};

/** What `--fail-on` can name. */
export const FAIL_ON = ["gone", "changed", "moved", "unreachable"] as const;
/** A name of {@link FAIL_ON}. */
export type FailOn = (typeof FAIL_ON)[number];

/** The findings each name of `--fail-on` fails on: `gone` is a cited passage or the whole original gone. */
const FAILING: Record<FailOn, ReadonlySet<WatchState>> = {
  gone: new Set(["changed-quotes-gone", "gone"]),
  changed: new Set(["changed-quotes-present", "changed-quotes-gone"]),
  moved: new Set(["moved"]),
  unreachable: new Set(["unreachable"]),
};

/** The ids of the results that `failOn` fails on, with their finding: `a (gone)`. */
export function failures(results: readonly WatchResult[], failOn: ReadonlySet<FailOn>): string[] {
  return results.flatMap(({ id, entry }) => {
    const finding = lastFinding(entry);
    const fails = [...failOn].some(
      (name) => FAILING[name].has(finding) || FAILING[name].has(entry.state),
    );
    return fails
      ? [`${id} (${entry.state === finding ? finding : `${entry.state}, last seen ${finding}`})`]
      : [];
  });
}

/** The lines of one result: state, id, status, time, its history, then each quote gone and each change. */
export function resultLines({ id, entry, elapsedMs }: WatchResult): string[] {
  const status = entry.status === undefined ? "no answer" : `HTTP ${entry.status}`;
  const detail = entry.to ? ` → ${entry.to}` : entry.reason ? `: ${entry.reason}` : "";
  const lines = [
    `${MARKS[entry.state]} ${entry.state.padEnd(22)} ${id}  (${status}, ${(elapsedMs / 1000).toFixed(1)} s)${detail}`,
  ];
  if (entry.seen || (entry.since && entry.since !== entry.checked))
    lines.push(
      `    ${entry.state} since ${entry.since}${entry.seen ? `; last seen: ${entry.seen} (${entry.lastRead})` : ""}`,
    );
  for (const gone of entry.gone ?? []) {
    lines.push(`    gone: "${gone.quote}" (${gone.claim}, citation ${gone.citation})`);
    if (gone.closest)
      lines.push(
        `      closest now (${Math.round(gone.closest.similarity * 100)}%): "${gone.closest.text}"`,
      );
  }
  for (const change of entry.changes ?? []) {
    const near = change.near ? ` (near ${change.near.join(", ")})` : "";
    lines.push(`    changed${near}:`);
    if (change.old)
      lines.push(`      - …${change.before ?? ""} [${change.old}] ${change.after ?? ""}…`);
    if (change.new)
      lines.push(`      + …${change.before ?? ""} [${change.new}] ${change.after ?? ""}…`);
  }
  return lines;
}

/** `✔ 6 sources checked in 2.3 s: 2 unchanged, 1 moved, …` */
export function summaryLine(results: readonly WatchResult[], seconds: number): string {
  const counts = WATCH_STATES.flatMap((state) => {
    const count = results.filter((result) => result.entry.state === state).length;
    return count > 0 ? [`${count} ${state}`] : [];
  });
  const worrying = results.some(
    (result) =>
      result.entry.state !== "unchanged" && result.entry.state !== "changed-quotes-present",
  );
  const sources = `${results.length} source${results.length === 1 ? "" : "s"}`;
  return `${worrying ? "!" : "✔"} ${sources} checked in ${seconds.toFixed(1)} s${counts.length > 0 ? `: ${counts.join(", ")}` : ""}.`;
}

/** A warning on the source's `url` line for each original that changed in a way an editor should look at. */
export function resultDiagnostics(results: readonly WatchResult[], corpus: Corpus): Diagnostic[] {
  return results.flatMap(({ id, entry }) => {
    const source = corpus.sources.get(id);
    const warning = source && originalWarning(source.file, entry);
    return warning ? [warning] : [];
  });
}
