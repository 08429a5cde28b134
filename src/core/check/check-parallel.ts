/**
 * The check as `npm run check` runs it: the same steps as {@link loadCorpus},
 * on two cores. A worker prepares the sources (Markdown parse, visible text,
 * normalisation: the costly half) while this thread reads and splits the
 * claims; then each claim is checked against the sources.
 */
import { once } from "node:events";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { displayPath, listMarkdown, open } from "../content/content-listing.ts";
import { type LabelUse, labelUses, labelVariants } from "../content/labels.ts";
import { loadSettings } from "../content/settings-files.ts";
import { type QuotedSource, quotedSource } from "../quote/quoted-source.ts";
import { checkClaim } from "./claims.ts";
import { type Diagnostic, sortDiagnostics } from "./diagnostics.ts";
import type { CheckOptions } from "./session.ts";
import { type PreparedSources, prepareSources, type SourceWork } from "./source-worker.ts";

/** What the check found, and how many files it read. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  files: { sources: number; claims: number };
}

/** The share of the sources the worker prepares: measured on 10 000 claims and 1 000 sources. */
const WORKER_SHARE = 0.6;

/** Checks the content folder `dir`; paths are printed relative to `cwd`. */
export async function checkContent(
  dir: string,
  cwd: string = process.cwd(),
  options: CheckOptions = {},
): Promise<CheckResult> {
  const display = displayPath(cwd);
  const settings = loadSettings(dir, display(dir));
  const diagnostics: Diagnostic[] = [...settings.diagnostics];
  const sourceFiles = listMarkdown(join(dir, "sources"), display, diagnostics);
  const claimFiles = listMarkdown(join(dir, "claims"), display, diagnostics);

  // The worker takes most sources; this thread reads the claims, then takes the
  // rest, so that both threads finish about together.
  const split = Math.ceil(sourceFiles.length * WORKER_SHARE);
  const worker = new Worker(new URL("./source-worker.ts", import.meta.url), {
    workerData: { entries: sourceFiles.slice(0, split), options } satisfies SourceWork,
  });
  const prepared = once(worker, "message") as Promise<[PreparedSources]>;
  const failed = once(worker, "error").then(([error]) => Promise.reject(error));
  const opened = claimFiles.map((entry) => ({
    entry,
    file: open(entry.absolute, entry.path, diagnostics),
  }));
  const here = prepareSources(sourceFiles.slice(split), options).prepared;
  const [there] = await Promise.race([prepared, failed]);
  await worker.terminate();
  const sources: PreparedSources = {
    diagnostics: [...there.diagnostics, ...here.diagnostics],
    sources: [...there.sources, ...here.sources],
  };

  diagnostics.push(...sources.diagnostics);
  const quotable = new Map<string, QuotedSource>(
    sources.sources.map((source) => [
      source.id,
      quotedSource(source.id, source.path, source.raw, source.text),
    ]),
  );
  const sourceDates = new Map<string, string>();
  const unreadable = new Set<string>();
  for (const { id, published, readable } of sources.sources) {
    if (published) sourceDates.set(id, published);
    if (!readable) unreadable.add(id);
  }
  const verdicts = settings.ratings?.verdicts.map((verdict) => verdict.key) ?? [];
  const context = { sources: quotable, verdicts, sourceDates, unreadable, today: options.today };
  const labels: LabelUse[] = [];
  for (const { entry, file } of opened) {
    if (!file) continue;
    diagnostics.push(...checkClaim(entry.id, file, context).diagnostics);
    labels.push(...labelUses(file));
  }
  diagnostics.push(...labelVariants(labels));
  return {
    diagnostics: sortDiagnostics(diagnostics),
    files: { sources: sourceFiles.length, claims: claimFiles.length },
  };
}
