/**
 * One source's original, fetched and read again with the importer's own fetch
 * and extraction, then compared with the archived text on words (see
 * word-changes.ts): unchanged, changed with every quote still there, changed
 * with some quotes gone (each with the closest passage now, by the check's own
 * closest match), moved (a redirect to another address), gone (404, 410), or
 * unreachable (time-out, network, another status, a page that cannot be read).
 */

import { readFileSync } from "node:fs";
import { charsetOf } from "../capture/decode.ts";
import { CaptureError } from "../capture/errors.ts";
import { extractInWorker } from "../capture/extract-worker.ts";
import { type FetchOptions, fetchPage } from "../capture/fetch.ts";
import { type CaptureKind, captureKind } from "../capture/kind.ts";
import { parseMarkdown } from "../core/content/markdown.ts";
import { locate } from "../core/quote/locate.ts";
import { visibleText } from "../core/quote/passages.ts";
import { type Searchable, searchable } from "../core/quote/searchable.ts";
import { addressProblem } from "../core/schema/address.ts";
import type { GoneQuote, WatchedSource } from "../core/schema/watch.ts";
import { changeRecords, type WatchedCitation } from "./change-records.ts";

export type { WatchedCitation };

import { recordable } from "./recordable.ts";
import { originalChanges, type Words, wordsOf } from "./word-changes.ts";

/** What to check: a source with an address, its archived text and the quotes that cite it. */
export interface WatchTarget {
  id: string;
  url: string;
  text: Searchable;
  citations: WatchedCitation[];
  /** The file of the bytes the source was imported from, when it has one: tells the editor's changes apart. */
  capture?: string | undefined;
}

/** How the originals are fetched. */
export interface WatchFetchOptions extends FetchOptions {
  /** Fetch addresses of the private network too (intranet sites, tests on 127.0.0.1). */
  allowPrivateNetwork: boolean;
}

/** The outcome of one check, and how long it took. */
export interface WatchResult {
  id: string;
  entry: WatchedSource;
  elapsedMs: number;
}

type Finding = Omit<WatchedSource, "url" | "checked">;

/** Checks one source's original; never throws. */
export async function watchSource(
  target: WatchTarget,
  options: WatchFetchOptions,
  now = new Date(),
): Promise<WatchResult> {
  const started = performance.now();
  const checked = `${now.toISOString().slice(0, 19)}Z`;
  const finding = await find(target, options);
  return {
    id: target.id,
    entry: recordable({ url: target.url, checked, ...finding }),
    elapsedMs: Math.round(performance.now() - started),
  };
}

async function find(target: WatchTarget, options: WatchFetchOptions): Promise<Finding> {
  // The fetch layer reads allowPrivateNetwork to let 127.0.0.1 and intranet hosts through.
  const fetchOptions: FetchOptions = { ...options };
  const answer = await fetchPage(target.url, fetchOptions);
  if (answer.kind === "failed") return { state: "unreachable", reason: answer.message };
  const { status } = answer;
  if (!(Number.isInteger(status) && status >= 100 && status <= 599)) {
    return {
      state: "unreachable",
      reason: `${answer.url} answered with ${status}, which is not an HTTP status (100 to 599): the site refuses automated readers or is broken.`,
    };
  }
  if (status === 404 || status === 410) return { state: "gone", status };
  if (status < 200 || status >= 300) {
    return {
      state: "unreachable",
      status,
      reason: `${answer.url} answered with HTTP status ${status}.`,
    };
  }
  if (answer.url !== new URL(target.url).href) {
    const problem = addressProblem(answer.url);
    return problem
      ? {
          state: "unreachable",
          status,
          reason: `${target.url} redirects to an address the check refuses (${problem.kind === "mixed-host" ? `a host written in ${problem.scripts}` : problem.kind}), ${JSON.stringify(answer.url)}: check it by hand.`,
        }
      : { state: "moved", status, to: answer.url };
  }
  const kind = captureKind(answer.bytes, "", answer.contentType);
  if (!kind) {
    return {
      state: "unreachable",
      status,
      reason: `${answer.url} is neither a web page, a PDF nor a plain text.`,
    };
  }
  let live: Searchable;
  let capture: Words | undefined;
  try {
    // The extraction has its own bounds (30 s, 512 MB): the timeout is the fetch's.
    live = await read(kind, answer.bytes, answer.url, charsetOf(answer.contentType));
    capture = await readCapture(target);
  } catch (thrown) {
    if (!(thrown instanceof CaptureError)) throw thrown;
    return { state: "unreachable", status, reason: thrown.message };
  }
  return compare(target, live, capture, status);
}

function compare(
  target: WatchTarget,
  live: Searchable,
  capture: Words | undefined,
  status: number,
): Finding {
  const archived = wordsOf(target.text.visible.text);
  const changes = originalChanges(archived, wordsOf(live.visible.text), capture);
  if (changes?.length === 0) return { state: "unchanged", status };
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
  const records = changes ? changeRecords(changes, target.text, archived, target.citations) : [];
  const what = records.length > 0 ? { changes: records } : {};
  return gone.length === 0
    ? { state: "changed-quotes-present", status, ...what }
    : { state: "changed-quotes-gone", status, gone, ...what };
}

async function read(
  kind: CaptureKind,
  bytes: Uint8Array,
  base: string,
  charset: string | undefined,
): Promise<Searchable> {
  const { markdown } = await extractInWorker({ kind, bytes, base, charset });
  return searchable(visibleText(parseMarkdown(markdown), markdown));
}

/** The words of the source's capture read again, or undefined when it has none or it cannot be read. */
async function readCapture(target: WatchTarget): Promise<Words | undefined> {
  if (!target.capture) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(target.capture);
  } catch {
    return undefined; // The check reports a missing capture; the comparison goes on without it.
  }
  const kind = captureKind(bytes, target.capture);
  if (!kind) return undefined;
  try {
    return wordsOf((await read(kind, bytes, target.url, undefined)).visible.text);
  } catch (thrown) {
    if (thrown instanceof CaptureError) return undefined;
    throw thrown;
  }
}
