/**
 * The sources' texts rendered on the build's worker pool: once the claims' views are built,
 * what each source page's text is rendered from is plain data (source-text.ts), shared between
 * the pool's workers and this thread, which renders its own share from the trees it holds
 * while the workers parse and render theirs. At 10 000 claims and 1 000 sources, rendering the
 * sources took this thread about 2 s, with the pool's threads idle.
 */
import { parseMarkdown } from "../content/markdown.ts";
import type { JobResult } from "../workers/worker.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";
import { type RenderedText, renderSourceText, type SourceText } from "./source-text.ts";

/** Renders each of `texts` from its body's Markdown, by source id. */
export function renderSourceTexts(texts: SourceText[]): Map<string, RenderedText> {
  return new Map(texts.map((text) => [text.id, renderSourceText(parseMarkdown(text.body), text)]));
}

/** {@link renderSourceTexts} as a job of a {@link WorkerPool}. */
export function renderSourceTextsJob(texts: SourceText[]): JobResult<Map<string, RenderedText>> {
  return { value: renderSourceTexts(texts), transfer: [] };
}

/**
 * Renders `texts` on `pool` and on this thread, which takes one share and renders it with
 * `here` (from the trees it already holds). When a worker cannot run, its share is rendered
 * here too: the pool can make the build faster, never different.
 */
export async function renderSourceTextsOnPool(
  pool: WorkerPool,
  texts: SourceText[],
  here: (text: SourceText) => RenderedText,
): Promise<Map<string, RenderedText>> {
  const shares = pool.size + 1;
  const each = Math.ceil(texts.length / shares);
  const jobs: Array<{ texts: SourceText[]; done: Promise<Map<string, RenderedText>> }> = [];
  for (let start = each; start < texts.length; start += each) {
    const share = texts.slice(start, start + each);
    jobs.push({
      texts: share,
      done: pool.run(new URL(import.meta.url), "renderSourceTextsJob", share),
    });
  }
  const rendered = new Map(texts.slice(0, each).map((text) => [text.id, here(text)]));
  for (const job of jobs) {
    const done = await job.done.catch(() => undefined);
    for (const text of job.texts) rendered.set(text.id, done?.get(text.id) ?? here(text));
  }
  return rendered;
}
