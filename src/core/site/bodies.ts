/**
 * The claims' reasoning rendered on a second core: a worker reads the claim
 * files and renders their bodies while this thread checks the content, so
 * that building the views then has nothing left to render but what changed.
 * The worker's result is used only where it is the rendering of the very body
 * and citation ids the check saw (see {@link renderedBody}); anything else is
 * rendered again here, so a worker can make the build faster, never different.
 */
import { join } from "node:path";
import { displayPath, listMarkdown, open } from "../content/content-listing.ts";
import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import type { JobResult } from "../workers/worker.ts";
import { WorkerPool } from "../workers/worker-pool.ts";
import { readingOrder } from "./reading-order.ts";
import { renderClaimBody } from "./render.ts";

/** A claim's reasoning as the worker rendered it, with what it rendered it from. */
export interface RenderedBody {
  body: string;
  ids: string[];
  /** The language it was typeset for (French spacing): the claim's `lang`, or the site's. Default: none. */
  lang?: string | undefined;
  html: string;
}

/** What the worker is given: the content folder and the label of a `[@id]` link, `{n}` its number. */
export interface BodyWork {
  dir: string;
  label: string;
  /** The site's language, for a claim without `lang`. Default: none, no French spacing. */
  lang?: string | undefined;
}

/** Renders the body of every readable claim of `work.dir`, by claim id. */
export function renderBodies({
  dir,
  label,
  lang: siteLang = "",
}: BodyWork): Map<string, RenderedBody> {
  const ignored: Diagnostic[] = [];
  const rendered = new Map<string, RenderedBody>();
  for (const entry of listMarkdown(join(dir, "claims"), displayPath(dir), ignored)) {
    const file = open(entry.absolute, entry.path, ignored);
    const citations = (file?.data as { citations?: unknown } | undefined)?.citations;
    if (!file || !Array.isArray(citations)) continue;
    const ids = readingOrder(
      file.body,
      citations.map((citation) => String((citation as { id?: unknown })?.id)),
    );
    const own = (file.data as { lang?: unknown }).lang;
    const lang = typeof own === "string" ? own : siteLang;
    const html = renderClaimBody(
      file.body,
      ids,
      (id) => label.replace("{n}", String(ids.indexOf(id) + 1)),
      lang,
    );
    rendered.set(entry.id, { body: file.body, ids, ...(lang === "" ? {} : { lang }), html });
  }
  return rendered;
}

/** {@link renderBodies} as a job of a {@link WorkerPool}. */
export function renderBodiesJob(work: BodyWork): JobResult<Map<string, RenderedBody>> {
  return { value: renderBodies(work), transfer: [] };
}

/**
 * Runs {@link renderBodies} in a worker thread. Resolves to an empty map when
 * the worker cannot run (the views are then rendered here, as without it).
 */
export async function renderBodiesInWorker(work: BodyWork): Promise<Map<string, RenderedBody>> {
  const pool = new WorkerPool(1);
  try {
    return await pool.run<Map<string, RenderedBody>>(
      new URL(import.meta.url),
      "renderBodiesJob",
      work,
    );
  } catch {
    return new Map();
  } finally {
    await pool.close();
  }
}

/** The worker's HTML for a claim, if it rendered this body with these citation ids (and for `lang`, when given). */
export function renderedBody(
  rendered: RenderedBody | undefined,
  body: string,
  ids: readonly string[],
  lang?: string,
): string | undefined {
  if (!rendered || rendered.body !== body || rendered.ids.length !== ids.length) return undefined;
  if (lang !== undefined && (rendered.lang ?? "") !== lang) return undefined;
  return rendered.ids.every((id, index) => id === ids[index]) ? rendered.html : undefined;
}
