/**
 * What the pages say of a source's live original, from `watch.json`: a
 * sentence on the source page, and beside each citation whose passage the
 * original no longer has (or whose original is gone). The archived copy stays
 * the reference; these notices only inform.
 */
import {
  type Change,
  lastFinding,
  type Watch,
  type WatchedSource,
  type WatchState,
} from "../schema/watch.ts";

/** The state of a source's original when last checked. */
export interface OriginalNotice {
  state: WatchState;
  /** The day it was checked, `YYYY-MM-DD`. */
  checked: string;
  status: number | undefined;
  /** Where it moved to. */
  to: string | undefined;
  /** How many cited passages it no longer has (at the last reading, during an outage). */
  gone: number;
  /** While unreachable: since when (`YYYY-MM-DD`), and what the last reading found. */
  outage: { since: string; seen: WatchState | undefined; read: string | undefined } | undefined;
  /** What changed near the cited passages: the old words and the new, with the words around. */
  changes: Change[];
}

/** Why a citation's passage is no longer in the original. */
export interface CitationNotice {
  state: "changed-quotes-gone" | "gone";
  /** The day it was checked, `YYYY-MM-DD`. */
  checked: string;
}

/** The notice of source `id`'s original, when `watch` has checked it. */
export function originalNotice(watch: Watch | undefined, id: string): OriginalNotice | undefined {
  const entry = entryOf(watch, id);
  if (!entry) return undefined;
  return {
    state: entry.state,
    checked: entry.checked.slice(0, 10),
    status: entry.status,
    to: entry.to,
    gone: entry.gone?.length ?? 0,
    outage:
      entry.state === "unreachable"
        ? {
            since: (entry.since ?? entry.checked).slice(0, 10),
            seen: entry.seen,
            read: entry.lastRead?.slice(0, 10),
          }
        : undefined,
    changes: entry.changes ?? [],
  };
}

/** The notice of one citation of claim `claim`, when its passage is no longer in the original. */
export function citationNotice(
  watch: Watch | undefined,
  source: string,
  claim: string,
  citation: string,
): CitationNotice | undefined {
  const entry = entryOf(watch, source);
  if (!entry) return undefined;
  const finding = lastFinding(entry);
  // During an outage, the passage was last seen gone on the day of the last reading.
  const checked = (
    finding === entry.state ? entry.checked : (entry.lastRead ?? entry.checked)
  ).slice(0, 10);
  if (finding === "gone") return { state: "gone", checked };
  const lost = entry.gone?.some((gone) => gone.claim === claim && gone.citation === citation);
  return finding === "changed-quotes-gone" && lost ? { state: finding, checked } : undefined;
}

/** The entry of source `id`: an own property only, whatever object the sources came in. */
function entryOf(watch: Watch | undefined, id: string): WatchedSource | undefined {
  return watch && Object.hasOwn(watch.sources, id) ? watch.sources[id] : undefined;
}
