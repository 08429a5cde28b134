/**
 * Fetching an original politely: one address at a time, with a timeout on the
 * whole exchange (body included), a size limit read as the bytes arrive, a
 * user agent that names the site, and redirects followed one by one (at most
 * {@link MAX_REDIRECTS}) so that each address is recorded. Every hop is
 * held to the private-network rule (private-network.ts) after its name is
 * resolved.
 */
import { type Response, fetch as undiciFetch } from "undici";
import {
  ALLOW_PRIVATE_FLAG,
  guardedAgent,
  type NetworkSeams,
  PrivateAddressError,
  privateLiteralHost,
} from "./private-network.ts";

/** What a fetch is allowed. */
export interface FetchOptions {
  /** Milliseconds for the whole exchange, redirects and body included. */
  timeoutMs: number;
  /** The most bytes of a body read; more is refused. */
  maxBytes: number;
  /** The User-Agent header: names the site and how to reach it. */
  userAgent: string;
  /**
   * Fetch addresses of private networks too (loopback, private, link-local,
   * unique-local…), for an intranet and for tests; the command-line flag is
   * `--allow-private-network`. Default false: they are refused on every hop.
   */
  allowPrivateNetwork?: boolean | undefined;
  /** For tests: how names are resolved and where sockets go. */
  network?: NetworkSeams | undefined;
}

/** The answer to a fetch, whatever its status. */
export interface Fetched {
  kind: "answered";
  /** Status of the last answer. */
  status: number;
  /** Every address asked, the first given and the final one last. */
  redirects: string[];
  /** The final address. */
  url: string;
  contentType: string | undefined;
  bytes: Uint8Array;
  /** Milliseconds from the first request to the last byte. */
  elapsedMs: number;
}

/** A fetch that got no usable answer: why, in a sentence. */
export interface FetchFailure {
  kind: "failed";
  /** `timeout`, `too-large`, `network`, `redirects`, `address`, or `private` (an address of a private network). */
  reason: "timeout" | "too-large" | "network" | "redirects" | "address" | "private";
  message: string;
  redirects: string[];
  elapsedMs: number;
}

/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 10;

/** Fetches `address`; never throws. */
export async function fetchPage(
  address: string,
  options: FetchOptions,
): Promise<Fetched | FetchFailure> {
  const started = performance.now();
  const redirects: string[] = [];
  const signal = AbortSignal.timeout(options.timeoutMs);
  const failed = (reason: FetchFailure["reason"], message: string): FetchFailure => ({
    kind: "failed",
    reason,
    message,
    redirects,
    elapsedMs: Math.round(performance.now() - started),
  });
  let url = address;
  const refused = (error: PrivateAddressError) =>
    failed(
      "private",
      `${redirects.length > 1 ? `${address} redirects to ${url}, which` : url} leads to ${error.address}, which is not a public address (${error.range}). Citable does not fetch private addresses unless told to: if this is an intranet page, run the command again with ${ALLOW_PRIVATE_FLAG}.`,
    );
  const agent = guardedAgent(options.allowPrivateNetwork ?? false, options.network);
  try {
    for (;;) {
      const parsed = new URL(url);
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
        return failed("address", `${url} is not an http or https address.`);
      }
      redirects.push(parsed.href);
      const literal = options.allowPrivateNetwork ? undefined : privateLiteralHost(parsed);
      if (literal) return refused(literal);
      const response = await undiciFetch(parsed, {
        dispatcher: agent,
        redirect: "manual",
        signal,
        headers: {
          "user-agent": options.userAgent,
          accept: "text/html,application/pdf,text/plain;q=0.9,*/*;q=0.5",
        },
      });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects.length > MAX_REDIRECTS) {
          return failed("redirects", `${address} redirects more than ${MAX_REDIRECTS} times.`);
        }
        url = new URL(location, parsed).href;
        continue;
      }
      const bytes = await readBody(response, options.maxBytes);
      if (bytes === undefined) {
        return failed(
          "too-large",
          `${parsed.href} sends more than ${megabytes(options.maxBytes)} MB, the most a capture may hold.`,
        );
      }
      return {
        kind: "answered",
        status: response.status,
        redirects,
        url: parsed.href,
        contentType: response.headers.get("content-type") ?? undefined,
        bytes,
        elapsedMs: Math.round(performance.now() - started),
      };
    }
  } catch (thrown) {
    if (signal.aborted) {
      return failed(
        "timeout",
        `${url} did not answer in full within ${options.timeoutMs / 1000} s.`,
      );
    }
    if (thrown instanceof TypeError && /Invalid URL/i.test(thrown.message)) {
      return failed("address", `"${url}" is not a valid address.`);
    }
    const cause = (thrown as { cause?: { code?: string; message?: string } }).cause;
    if (cause instanceof PrivateAddressError) return refused(cause);
    return failed(
      "network",
      `${url} could not be reached (${cause?.code ?? cause?.message ?? (thrown as Error).message}).`,
    );
  }
}

async function readBody(response: Response, maxBytes: number): Promise<Uint8Array | undefined> {
  const declared = Number(response.headers.get("content-length"));
  if (declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function megabytes(bytes: number): string {
  return (bytes / 1048576).toLocaleString("en", { maximumFractionDigits: 1 });
}
