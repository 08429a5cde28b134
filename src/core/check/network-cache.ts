/**
 * The partners' published fact-checks, as `npm run network -- refresh` last
 * fetched them from their exports: kept in `node_modules/.astro/` (a cache,
 * never committed, rebuilt by the command), read by `npm run new` and the
 * check to say who already checked a claim. Nothing here fetches: a missing
 * or unreadable cache is no partner's fact-check, and says so.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { z } from "zod";
import type { FactCheck } from "./closest-claims.ts";

/** Where the cache is, under the project's folder. */
export const NETWORK_CACHE = join("node_modules", ".astro", "citable-network.json");

const factCheckSchema = z.strictObject({
  site: z.string(),
  url: z.string(),
  claim: z.string(),
  verdict: z.string(),
  published: z.string(),
});

/** One partner as last refreshed: its fact-checks, or why there are none. */
const partnerSchema = z.strictObject({
  name: z.string(),
  url: z.string(),
  /** When it was fetched, ISO 8601. */
  fetched: z.string(),
  /** Why the last refresh got nothing from it, or null. */
  problem: z.string().nullable(),
  factChecks: z.array(factCheckSchema),
});

const cacheSchema = z.strictObject({ version: z.literal(1), partners: z.array(partnerSchema) });

/** The cache's content. */
export type NetworkCache = z.output<typeof cacheSchema>;
/** One partner of the cache. */
export type CachedPartner = NetworkCache["partners"][number];

/** What reading the cache gave: the partners' fact-checks, or why there are none. */
export interface ReadCache {
  factChecks: FactCheck[];
  /** The partners as last refreshed. */
  partners: CachedPartner[];
  /** Why nothing could be read (no refresh yet, or a file that is not the cache), or undefined. */
  problem?: string | undefined;
}

/** Reads the cache of the project at `root`; the fact-checks of partners no longer listed are left out. */
export function readNetworkCache(root: string, listed: readonly { url: string }[]): ReadCache {
  let text: string;
  try {
    text = readFileSync(join(root, NETWORK_CACHE), "utf8");
  } catch {
    return {
      factChecks: [],
      partners: [],
      problem:
        "The partners' fact-checks have not been fetched yet: run npm run network -- refresh.",
    };
  }
  let parsed: ReturnType<typeof cacheSchema.safeParse>;
  try {
    parsed = cacheSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = cacheSchema.safeParse(undefined);
  }
  if (!parsed.success) {
    return {
      factChecks: [],
      partners: [],
      problem: `${NETWORK_CACHE} is not the cache this version writes: run npm run network -- refresh.`,
    };
  }
  const urls = new Set(listed.map((partner) => partner.url));
  const partners = parsed.data.partners.filter((partner) => urls.has(partner.url));
  return { factChecks: partners.flatMap((partner) => partner.factChecks), partners };
}

/** Writes the cache of the project at `root` whole, or not at all (written aside, then renamed). */
export function writeNetworkCache(root: string, cache: NetworkCache): void {
  const file = join(root, NETWORK_CACHE);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify(cache)}\n`);
  renameSync(`${file}.tmp`, file);
}
