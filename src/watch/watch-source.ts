/**
 * One source's original, fetched and read again with the importer's own fetch
 * and extraction, then compared with the archived text after the check's
 * folding: unchanged, changed with every quote still there, changed with some
 * quotes gone (each with the closest passage now, by the check's own closest
 * match), moved (a redirect to another address), gone (404, 410), or
 * unreachable (time-out, network, another status, a page that cannot be read).
 */

import { charsetOf } from "../capture/decode.ts";
import { CaptureError } from "../capture/errors.ts";
import { extractInWorker } from "../capture/extract-worker.ts";
import { type FetchOptions, fetchPage } from "../capture/fetch.ts";
import { captureKind } from "../capture/kind.ts";
import { locate, type QuoteQuery } from "../core/quote/locate.ts";
import { parseMarkdown, visibleText } from "../core/quote/passages.ts";
import { type Searchable, searchable } from "../core/quote/searchable.ts";
import type { GoneQuote, WatchedSource } from "../core/schema/watch.ts";

/** A citation of the source, with the claim it belongs to. */
export interface WatchedCitation extends QuoteQuery {
  claim: string;
  citation: string;
}

/** What to check: a source with an address, its archived text and the quotes that cite it. */
export interface WatchTarget {
  id: string;
  url: string;
  text: Searchable;
  citations: WatchedCitation[];
}

/** The outcome of one check, and how long it took. */
export interface WatchResult {
  id: string;
  entry: WatchedSource;
  elapsedMs: number;
}

/** Checks one source's original; never throws. */
export async function watchSource(
  target: WatchTarget,
  options: FetchOptions,
  now = new Date(),
): Promise<WatchResult> {
  const started = performance.now();
  const checked = `${now.toISOString().slice(0, 19)}Z`;
  const done = (entry: Omit<WatchedSource, "url" | "checked">): WatchResult => ({
    id: target.id,
    entry: { url: target.url, checked, ...entry },
    elapsedMs: Math.round(performance.now() - started),
  });
  const answer = await fetchPage(target.url, options);
  if (answer.kind === "failed") return done({ state: "unreachable", reason: answer.message });
  const { status } = answer;
  if (status === 404 || status === 410) return done({ state: "gone", status });
  if (status < 200 || status >= 300) {
    return done({
      state: "unreachable",
      status,
      reason: `${answer.url} answered with HTTP status ${status}.`,
    });
  }
  if (answer.url !== new URL(target.url).href)
    return done({ state: "moved", status, to: answer.url });
  const kind = captureKind(answer.bytes, "", answer.contentType);
  if (!kind)
    return done({
      state: "unreachable",
      status,
      reason: `${answer.url} is neither a web page, a PDF nor a plain text.`,
    });
  let live: Searchable;
  try {
    // The extraction has its own bounds (30 s, 512 MB): the timeout is the fetch's.
    const { markdown } = await extractInWorker({
      kind,
      bytes: answer.bytes,
      base: answer.url,
      charset: charsetOf(answer.contentType),
    });
    live = searchable(visibleText(parseMarkdown(markdown), markdown));
  } catch (thrown) {
    if (!(thrown instanceof CaptureError)) throw thrown;
    return done({ state: "unreachable", status, reason: thrown.message });
  }
  if (live.normalized.text === target.text.normalized.text)
    return done({ state: "unchanged", status });
  const gone = target.citations.flatMap((citation): GoneQuote[] => {
    const found = locate(live, citation);
    if (found.kind !== "not-found" && found.kind !== "empty") return [];
    const closest = found.kind === "not-found" ? found.closest : undefined;
    return [
      {
        claim: citation.claim,
        citation: citation.citation,
        quote: citation.quote,
        ...(closest
          ? {
              closest: {
                text: closest.text,
                similarity: Math.round(closest.similarity * 100) / 100,
              },
            }
          : {}),
      },
    ];
  });
  return gone.length === 0
    ? done({ state: "changed-quotes-present", status })
    : done({ state: "changed-quotes-gone", status, gone });
}
