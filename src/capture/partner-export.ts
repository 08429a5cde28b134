/**
 * Fetching a partner's published fact-checks from its export (`claims.json`
 * and the parts it names), for `npm run network -- refresh`: through the
 * importer's fetch (a timeout on each exchange, a size limit read as the bytes
 * arrive), each part decompressed within a limit, only from the partner's own
 * origin, and never from a private address unless told to
 * (`--allow-private-network`), as the importer.
 */
import { gunzipSync } from "node:zlib";
import { z } from "zod";
import type { FactCheck } from "../core/check/closest-claims.ts";
import type { Partner } from "../core/schema/settings.ts";
import { type FetchOptions, fetchPage } from "./fetch.ts";

/** How much of a partner's export is read: enough for a large archive, not a way to fill a disk. */
export const PARTNER_LIMITS = {
  /** Seconds for each file's whole exchange. */
  timeoutSeconds: 30,
  /** Bytes of `claims.json`. */
  indexBytes: 20 * 1024 * 1024,
  /** Bytes of a part, compressed, and once decompressed. */
  partBytes: 5 * 1024 * 1024,
  partTextBytes: 50 * 1024 * 1024,
  /** Parts read: 100 000 fact-checks. */
  parts: 100,
} as const;

/** What the refresh may do besides the limits. */
export interface PartnerFetchOptions {
  userAgent: string;
  /** Fetch partners on this machine's network (to try a network locally). */
  allowPrivateNetwork: boolean;
}

const indexSchema = z.looseObject({
  parts: z.array(z.looseObject({ url: z.string() })),
});
const recordSchema = z.looseObject({
  url: z.string(),
  claim: z.string(),
  verdict: z.looseObject({ label: z.string() }),
  published: z.string(),
});

/** Why a partner's export could not be read, in a sentence for the editor. */
export class PartnerError extends Error {}

/** The published fact-checks of `partner`, read from its export; throws a {@link PartnerError}. */
export async function fetchPartnerFactChecks(
  partner: Pick<Partner, "name" | "url">,
  options: PartnerFetchOptions,
): Promise<FactCheck[]> {
  const origin = new URL(partner.url).origin;
  const base = partner.url.endsWith("/") ? partner.url : `${partner.url}/`;
  const index = indexSchema.safeParse(
    json(await get(new URL("claims.json", base).href, PARTNER_LIMITS.indexBytes, options)),
  );
  if (!index.success) {
    throw new PartnerError(`${base}claims.json is not a Citable export (no list of parts).`);
  }
  if (index.data.parts.length > PARTNER_LIMITS.parts) {
    throw new PartnerError(
      `${base}claims.json lists ${index.data.parts.length} parts, more than the ${PARTNER_LIMITS.parts} read.`,
    );
  }
  const factChecks: FactCheck[] = [];
  for (const part of index.data.parts) {
    const url = new URL(part.url, base);
    // The partner vouches for its own site only: a part elsewhere is not read.
    if (url.origin !== origin) {
      throw new PartnerError(`${base}claims.json names a part on another site (${url.origin}).`);
    }
    const compressed = await get(url.href, PARTNER_LIMITS.partBytes, options);
    let text: string;
    try {
      text = gunzipSync(compressed, { maxOutputLength: PARTNER_LIMITS.partTextBytes }).toString();
    } catch {
      throw new PartnerError(
        `${url.href} is not a gzip file within ${megabytes(PARTNER_LIMITS.partTextBytes)} MB.`,
      );
    }
    for (const line of text.split("\n")) {
      if (line.trim() === "") continue;
      const record = recordSchema.safeParse(json(line));
      if (!record.success) continue;
      const { url: page, claim, verdict, published } = record.data;
      factChecks.push({ site: partner.name, url: page, claim, verdict: verdict.label, published });
    }
  }
  return factChecks;
}

/** The body of `url`, refused from a private address unless allowed. */
async function get(
  url: string,
  maxBytes: number,
  options: PartnerFetchOptions,
): Promise<Uint8Array> {
  const fetchOptions: FetchOptions & { allowPrivateNetwork: boolean } = {
    timeoutMs: PARTNER_LIMITS.timeoutSeconds * 1000,
    maxBytes,
    userAgent: options.userAgent,
    // The importer's guard: each hop, after its name is resolved.
    allowPrivateNetwork: options.allowPrivateNetwork,
  };
  const fetched = await fetchPage(url, fetchOptions);
  if (fetched.kind === "failed" && fetched.reason === "private") {
    throw new PartnerError(
      `${url} is on a private network: partners are fetched from the public web only (--allow-private-network to try partners on this machine).`,
    );
  }
  if (fetched.kind === "failed") throw new PartnerError(fetched.message);
  if (fetched.status !== 200) throw new PartnerError(`${url} answered ${fetched.status}.`);
  return fetched.bytes;
}

function json(value: Uint8Array | string): unknown {
  try {
    return JSON.parse(typeof value === "string" ? value : Buffer.from(value).toString("utf8"));
  } catch {
    return undefined;
  }
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1048576);
}
