/**
 * A worker's share of a full load shared with a worker pool (pool-load.ts):
 * the jobs that run in each worker, and what the worker keeps between them.
 * `openShare` opens the worker's share of the claims, then prepares sources
 * as long as some are left ({@link takeSources}: every thread takes them
 * from one counter, so that none waits for another at the end), keeps both,
 * and sends the sources back; `checkShare`, once the worker has been sent
 * every source it lacks, checks its claims against all of them and sends
 * back what the check keeps of each.
 */
import type { ContentEntry } from "../content/content-listing.ts";
import type { Settings } from "../content/settings-files.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { JobResult } from "../workers/worker.ts";
import { CitedSources } from "./claim-context.ts";
import { checkOpened, type OpenedClaim, openClaim } from "./claim-files.ts";
import { type ClaimStatement, statementOf } from "./own-fact-checks.ts";
import { type PreparedSource, prepareSource } from "./prepared-source.ts";
import type { SourceOptions } from "./sources.ts";

/**
 * A prepared source as every thread keeps it: without its Source (a check
 * renders nothing, and a Source holds functions), its searchable text's maps
 * in memory that the threads share rather than each copying them (four
 * integers a character, most of a source's weight).
 */
export function shared(prepared: PreparedSource): PreparedSource {
  const { source: _rendered, quotable, ...kept } = prepared;
  if (!quotable) return kept;
  const { visible, normalized } = quotable.text;
  const text = {
    visible: {
      ...visible,
      offsets: inShared(visible.offsets),
      offsetEnds: inShared(visible.offsetEnds),
    },
    normalized: {
      ...normalized,
      starts: inShared(normalized.starts),
      ends: inShared(normalized.ends),
    },
  };
  return { ...kept, quotable: { raw: quotable.raw, text } };
}

function inShared(array: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

/**
 * How many sources a thread takes at once from those left: a few dozen
 * milliseconds of work, so that the threads end within that of each other.
 */
const TAKEN_AT_ONCE = 8;

/** A counter the threads of a load share: the place of the first source no thread has taken yet. */
export function sourceCounter(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** The sources a thread prepared, and their places among the load's. */
export interface TakenSources {
  sources: PreparedSource[];
  places: number[];
}

/**
 * Prepares sources of `entries` until none is left, taking them a few at a
 * time from `next`, which other threads take from too: whichever thread is
 * free prepares the next ones, however late it started.
 */
export function takeSources(
  entries: readonly ContentEntry[],
  next: Int32Array,
  options: SourceOptions,
): TakenSources {
  const taken: TakenSources = { sources: [], places: [] };
  for (;;) {
    const start = Atomics.add(next, 0, TAKEN_AT_ONCE);
    if (start >= entries.length) return taken;
    const end = Math.min(start + TAKEN_AT_ONCE, entries.length);
    for (let place = start; place < end; place++) {
      const entry = entries[place];
      if (!entry) continue;
      taken.sources.push(shared(prepareSource(entry, options)));
      taken.places.push(place);
    }
  }
}

/** What a worker opened and still holds, by load. */
const held = new Map<string, { sources: PreparedSource[]; claims: OpenedClaim[] }>();

/** A worker's share of a load: its claims, and the sources it takes from (all of the load's). */
export interface OpenJob {
  key: string;
  sources: ContentEntry[];
  /** Where the sources not yet taken start: {@link sourceCounter}, shared by every thread of the load. */
  next: Int32Array;
  claims: ContentEntry[];
  options: SourceOptions;
}

/** What a worker sends back of its share: the sources it took, and its claims' statements. */
export interface Opened extends TakenSources {
  statements: Array<ClaimStatement | undefined>;
}

/** What a worker checks its claims against: every source, its own named by their place in its share. */
export interface CheckJob {
  key: string;
  sources: Array<PreparedSource | number>;
  settings: Settings;
  today: string;
}

/** A claim checked in a worker, as sent back. */
export interface SentClaim {
  diagnostics: Diagnostic[];
  valid: boolean;
  cites: string[];
  labels: Array<{ kind: "tag" | "claimant"; label: string; path: readonly PropertyKey[] }>;
}

/**
 * A job for a worker: opens its claims, then prepares the sources left,
 * keeps both, and sends back its sources (copied, as it keeps them). The
 * claims first: what is left of the sources when the worker is done with
 * them is shared with the other threads, so no thread waits for it.
 */
export function openShare(job: OpenJob): JobResult<Opened> {
  const claims = job.claims.map((entry) => openClaim(entry));
  const statements = claims.map(({ file }) => file && statementOf(file.data));
  const { sources, places } = takeSources(job.sources, job.next, job.options);
  held.set(job.key, { sources, claims });
  return { value: { sources, places, statements }, transfer: [] };
}

/** A job for a worker: checks the claims {@link openShare} kept against every source, and forgets them. */
export function checkShare(job: CheckJob): JobResult<SentClaim[]> {
  const share = held.get(job.key);
  if (!share) throw new Error("This worker holds no share of this load: openShare must run first.");
  held.delete(job.key);
  const cited = new CitedSources();
  for (const given of job.sources) {
    const source = typeof given === "number" ? share.sources[given] : given;
    if (source) cited.set(source.id, source);
  }
  const context = cited.context(job.settings, job.today);
  const value = share.claims.map((opened): SentClaim => {
    const checked = checkOpened(opened, context);
    return {
      diagnostics: checked.diagnostics,
      valid: checked.valid,
      cites: [...checked.cites],
      labels: checked.labels.map(({ kind, label, path }) => ({ kind, label, path })),
    };
  });
  return { value, transfer: [] };
}
