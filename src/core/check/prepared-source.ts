/**
 * Preparing one source file for the check: read, split, checked, parsed and
 * made searchable. The one way a source is prepared, in whichever thread: the
 * session calls it, and so does a worker that prepares sources for it.
 */
import type { ContentEntry } from "../content/content-listing.ts";
import { open } from "../content/content-listing.ts";
import { dayOf } from "../content/dates.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { Searchable } from "../quote/searchable.ts";
import type { JobResult } from "../workers/worker.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";
import { loadSource, type Source, type SourceOptions } from "./sources.ts";

/** A source file as the check prepared it: what claims are checked against, and its own problems. */
export interface PreparedSource {
  /** The source's id: its file name without `.md`. */
  id: string;
  /** Its display path. */
  path: string;
  /** The problems of the file; the only field when it could not be opened. */
  diagnostics: Diagnostic[];
  /** What quotes are located in, when the file could be opened. */
  quotable?: { raw: string; text: Searchable } | undefined;
  /** Its `published` day, when valid. */
  published?: string | undefined;
  /** Its `archived` day, when valid. */
  archived?: string | undefined;
  /** False when its body was refused before it could be read: quotes cannot be checked against it. */
  readable?: boolean | undefined;
  /** True when it has no error: it will be rendered. */
  valid: boolean;
  /**
   * The source ready to render, when valid and prepared in this thread. It
   * does not cross threads (it holds functions and a Markdown tree): a source
   * prepared in a worker comes back without it.
   */
  source?: Source | undefined;
}

/** Reads, checks and prepares the source file `entry`. */
export function prepareSource(entry: ContentEntry, options: SourceOptions): PreparedSource {
  const { id, path } = entry;
  const diagnostics: Diagnostic[] = [];
  const file = open(entry.absolute, path, diagnostics);
  if (!file) return { id, path, diagnostics, valid: false };
  const loaded = loadSource(id, file, options);
  diagnostics.push(...loaded.diagnostics);
  return {
    id,
    path,
    diagnostics,
    quotable: { raw: file.raw, text: loaded.text },
    published: dayOf((file.data as Record<string, unknown>).published),
    archived: dayOf((file.data as Record<string, unknown>).archived),
    readable: loaded.readable,
    valid: loaded.source !== undefined,
    source: loaded.source,
  };
}

/**
 * `prepared` as it crosses to another thread: without its Source, and with
 * the buffers of its searchable text to transfer rather than copy.
 */
export function portable(prepared: PreparedSource): {
  value: PreparedSource;
  transfer: ArrayBuffer[];
} {
  const { source: _kept, ...value } = prepared;
  const transfer: ArrayBuffer[] = [];
  if (prepared.quotable) {
    const { visible, normalized } = prepared.quotable.text;
    for (const array of [visible.offsets, visible.offsetEnds, normalized.starts, normalized.ends]) {
      transfer.push(array.buffer as ArrayBuffer);
    }
  }
  return { value, transfer };
}

/** What a worker is given to prepare sources. */
export interface SourceJob {
  entries: ContentEntry[];
  options: SourceOptions;
}

/** A job for the worker pool: prepares `entries` and sends them back as {@link portable}. */
export function prepareSources({ entries, options }: SourceJob): JobResult<PreparedSource[]> {
  const value: PreparedSource[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const entry of entries) {
    const moved = portable(prepareSource(entry, options));
    value.push(moved.value);
    transfer.push(...moved.transfer);
  }
  return { value, transfer };
}

/** The share of the sources the main thread keeps when workers help: it also reads the claims meanwhile. */
const OWN_SHARE = 0.4;

/**
 * Splits `entries` between this thread and `pool`'s workers, and starts the
 * workers' jobs: `own` is left for this thread to prepare, `others` resolves
 * to the sources the workers prepared, in the order of `entries`.
 */
export function shareSources(
  pool: WorkerPool,
  entries: ContentEntry[],
  options: SourceOptions,
): { own: ContentEntry[]; others: Promise<PreparedSource[]> } {
  const own = Math.floor((entries.length * OWN_SHARE) / pool.size);
  const share = Math.ceil((entries.length - own) / pool.size);
  const jobs: Promise<PreparedSource[]>[] = [];
  for (let start = own; start < entries.length; start += share) {
    const job: SourceJob = { entries: entries.slice(start, start + share), options };
    jobs.push(pool.run(new URL(import.meta.url), "prepareSources", job));
  }
  return { own: entries.slice(0, own), others: Promise.all(jobs).then((done) => done.flat()) };
}
