/**
 * Preparing one source file for the check: read, split, checked, parsed and
 * made searchable. The one way a source is prepared, in whichever thread: the
 * session calls it, and so does a worker that prepares sources for it.
 */

import { type PlainFile, plainFile, revivedFile } from "../content/content-file.ts";
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

/** A source file as it crosses threads: its {@link ContentFile} without functions. */
export type CrossingSource = Omit<Source, "file"> & { file: PlainFile };

/** A prepared source as it crosses threads: its Source, if kept, without functions. */
export type Crossing = Omit<PreparedSource, "source"> & { source?: CrossingSource | undefined };

/**
 * `prepared` as it crosses to another thread, with the buffers of its
 * searchable text to transfer rather than copy; without its Source (the
 * check's), or with it for rendering (the build's: its Markdown tree is
 * copied, which takes a fraction of parsing it again).
 */
export function portable(
  prepared: PreparedSource,
  rendered = false,
): { value: Crossing; transfer: ArrayBuffer[] } {
  const { source, ...kept } = prepared;
  const value: Crossing =
    rendered && source ? { ...kept, source: { ...source, file: plainFile(source.file) } } : kept;
  const transfer: ArrayBuffer[] = [];
  if (prepared.quotable) {
    const { visible, normalized } = prepared.quotable.text;
    for (const array of [visible.offsets, visible.offsetEnds, normalized.starts, normalized.ends]) {
      transfer.push(array.buffer as ArrayBuffer);
    }
  }
  return { value, transfer };
}

/** A source that crossed threads as {@link portable}, its file's functions made again. */
export function arrived(crossing: Crossing): PreparedSource {
  const { source, ...kept } = crossing;
  return source ? { ...kept, source: { ...source, file: revivedFile(source.file) } } : kept;
}

/** What a worker is given to prepare sources. */
export interface SourceJob {
  entries: ContentEntry[];
  options: SourceOptions;
  /** Whether to send back each valid source ready to render. Default: false. */
  rendered?: boolean | undefined;
}

/** A job for the worker pool: prepares `entries` and sends them back as {@link portable}. */
export function prepareSources({ entries, options, rendered }: SourceJob): JobResult<Crossing[]> {
  const value: Crossing[] = [];
  const transfer: ArrayBuffer[] = [];
  for (const entry of entries) {
    const moved = portable(prepareSource(entry, options), rendered);
    value.push(moved.value);
    transfer.push(...moved.transfer);
  }
  return { value, transfer };
}

/**
 * Splits `entries` between this thread and `pool`'s workers, and starts the
 * workers' jobs: `own` (`ownShare` of a worker's share; the rest of its time
 * goes to the claims) is left for this thread to prepare, `others` resolves
 * to the sources the workers prepared, in the order of `entries`, ready to
 * render when `rendered`.
 */
export function shareSources(
  pool: WorkerPool,
  entries: ContentEntry[],
  options: SourceOptions,
  { ownShare, rendered = false }: { ownShare: number; rendered?: boolean },
): { own: ContentEntry[]; others: Promise<PreparedSource[]> } {
  const own = Math.floor((entries.length * ownShare) / (ownShare + pool.size));
  const share = Math.ceil((entries.length - own) / pool.size);
  const jobs: Promise<Crossing[]>[] = [];
  for (let start = own; start < entries.length; start += share) {
    const job: SourceJob = { entries: entries.slice(start, start + share), options, rendered };
    jobs.push(pool.run(new URL(import.meta.url), "prepareSources", job));
  }
  const others = Promise.all(jobs).then((done) => done.flat().map(arrived));
  return { own: entries.slice(0, own), others };
}
