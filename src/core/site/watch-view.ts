/**
 * What the pages say of a source's live original, from `watch.json`: a
 * sentence on the source page, and beside each citation whose passage the
 * original no longer has (or whose original is gone). The archived copy stays
 * the reference; these notices only inform.
 */
import type { Watch, WatchState } from "../schema/watch.ts";

/** The state of a source's original when last checked. */
export interface OriginalNotice {
  state: WatchState;
  /** The day it was checked, `YYYY-MM-DD`. */
  checked: string;
  status: number | undefined;
  /** Where it moved to. */
  to: string | undefined;
  /** How many cited passages it no longer has. */
  gone: number;
}

/** Why a citation's passage is no longer in the original. */
export interface CitationNotice {
  state: "changed-quotes-gone" | "gone";
  /** The day it was checked, `YYYY-MM-DD`. */
  checked: string;
}

/** The notice of source `id`'s original, when `watch` has checked it. */
export function originalNotice(watch: Watch | undefined, id: string): OriginalNotice | undefined {
  const entry = watch?.sources[id];
  if (!entry) return undefined;
  return {
    state: entry.state,
    checked: entry.checked.slice(0, 10),
    status: entry.status,
    to: entry.to,
    gone: entry.gone?.length ?? 0,
  };
}

/** The notice of one citation of claim `claim`, when its passage is no longer in the original. */
export function citationNotice(
  watch: Watch | undefined,
  source: string,
  claim: string,
  citation: string,
): CitationNotice | undefined {
  const entry = watch?.sources[source];
  if (!entry) return undefined;
  const checked = entry.checked.slice(0, 10);
  if (entry.state === "gone") return { state: "gone", checked };
  const lost = entry.gone?.some((gone) => gone.claim === claim && gone.citation === citation);
  return entry.state === "changed-quotes-gone" && lost
    ? { state: entry.state, checked }
    : undefined;
}
