/**
 * The worker of {@link checkContent}: prepares a list of sources and posts back
 * their searchable texts (typed arrays are transferred, not copied) and problems.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type ContentEntry, open } from "../content/content-listing.ts";
import { dayOf } from "../content/dates.ts";
import type { Searchable } from "../quote/searchable.ts";
import type { Diagnostic } from "./diagnostics.ts";
import type { CheckOptions } from "./session.ts";
import { loadSource } from "./sources.ts";

/** What the worker posts back. */
export interface PreparedSources {
  diagnostics: Diagnostic[];
  sources: Array<{
    id: string;
    path: string;
    raw: string;
    text: Searchable;
    /** Its `published` day, when valid. */
    published: string | undefined;
    /** False when its body was refused before it could be read. */
    readable: boolean;
  }>;
}

/** What the worker is given. */
export interface SourceWork {
  entries: ContentEntry[];
  options: CheckOptions;
}

/** Prepares `entries`: what {@link PreparedSources} holds, and the buffers to transfer. */
export function prepareSources(
  entries: ContentEntry[],
  options: CheckOptions,
): { prepared: PreparedSources; transfer: ArrayBuffer[] } {
  const diagnostics: Diagnostic[] = [];
  const sources: PreparedSources["sources"] = [];
  const transfer: ArrayBuffer[] = [];
  for (const { id, absolute, path } of entries) {
    const file = open(absolute, path, diagnostics);
    if (!file) continue;
    const loaded = loadSource(id, file, options);
    diagnostics.push(...loaded.diagnostics);
    const published = dayOf((file.data as Record<string, unknown>).published);
    sources.push({
      id,
      path,
      raw: file.raw,
      text: loaded.text,
      published,
      readable: loaded.readable,
    });
    const { visible, normalized } = loaded.text;
    for (const array of [visible.offsets, visible.offsetEnds, normalized.starts, normalized.ends]) {
      transfer.push(array.buffer as ArrayBuffer);
    }
  }
  return { prepared: { diagnostics, sources }, transfer };
}

if (parentPort && workerData) {
  const { entries, options } = workerData as SourceWork;
  const { prepared, transfer } = prepareSources(entries, options);
  parentPort.postMessage(prepared satisfies PreparedSources, transfer);
}
