/**
 * The claims' reasoning rendered on a second core: this thread reads the
 * claim files once and hands their bodies to a worker, which renders them
 * while this thread checks the content, so that building the views then has
 * nothing left to render but what changed.
 * The worker's result is used only where it is the rendering of the very body
 * and citation ids the check saw (see {@link renderedBody}); anything else is
 * rendered again here, so a worker can make the build faster, never different.
 */
import type { ContentFile } from "../content/content-file.ts";
import type { JobResult } from "../workers/worker.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";
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

/** A claim's reasoning to render: its id, body, citation ids as written and own `lang`. */
export interface BodyInput {
  id: string;
  body: string;
  /** Its citations' ids, as written (not yet checked). */
  citations: string[];
  /** Its own `lang`, when it has one. */
  lang?: string | undefined;
}

/** What the worker is given: the bodies, and the label of a `[@id]` link, `{n}` its number. */
export interface BodyWork {
  claims: BodyInput[];
  label: string;
  /** The site's language, for a claim without `lang`. Default: none, no French spacing. */
  lang?: string | undefined;
}

/**
 * What the worker needs of a claim file already opened (its body and
 * citation ids), so that it is read and parsed once: undefined for a file
 * whose front matter has no list of citations.
 */
export function bodyInput(
  id: string,
  file: Pick<ContentFile, "body" | "data">,
): BodyInput | undefined {
  const data = file.data as { citations?: unknown; lang?: unknown };
  if (!Array.isArray(data.citations)) return undefined;
  const citations = data.citations.map((citation) => String((citation as { id?: unknown })?.id));
  return {
    id,
    body: file.body,
    citations,
    ...(typeof data.lang === "string" ? { lang: data.lang } : {}),
  };
}

/** Renders the body of each of `work.claims`, by claim id. */
export function renderBodies({
  claims,
  label,
  lang: siteLang = "",
}: BodyWork): Map<string, RenderedBody> {
  const rendered = new Map<string, RenderedBody>();
  for (const claim of claims) {
    const ids = readingOrder(claim.body, claim.citations);
    const lang = claim.lang ?? siteLang;
    const html = renderClaimBody(
      claim.body,
      ids,
      (id) => label.replace("{n}", String(ids.indexOf(id) + 1)),
      lang,
    );
    rendered.set(claim.id, { body: claim.body, ids, ...(lang === "" ? {} : { lang }), html });
  }
  return rendered;
}

/** {@link renderBodies} as a job of a {@link WorkerPool}. */
export function renderBodiesJob(work: BodyWork): JobResult<Map<string, RenderedBody>> {
  return { value: renderBodies(work), transfer: [] };
}

/**
 * Runs {@link renderBodies} on `pool`, the claims shared between its workers.
 * Resolves to an empty map when a worker cannot run (the views are then
 * rendered here, as without it).
 */
export async function renderBodiesOnPool(
  pool: WorkerPool,
  work: BodyWork,
): Promise<Map<string, RenderedBody>> {
  const each = Math.ceil(work.claims.length / pool.size);
  const jobs: Promise<Map<string, RenderedBody>>[] = [];
  for (let start = 0; start < work.claims.length; start += each) {
    const claims = work.claims.slice(start, start + each);
    jobs.push(pool.run(new URL(import.meta.url), "renderBodiesJob", { ...work, claims }));
  }
  try {
    return new Map((await Promise.all(jobs)).flatMap((done) => [...done]));
  } catch {
    return new Map();
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
