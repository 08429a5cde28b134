/**
 * The export in parts of bounded size, so that it stays downloadable and
 * within every static host's limits at any number of claims: `claims.json`,
 * an index (the site, every claim's id, verdict and dates, and the addresses
 * of the parts), and parts of {@link PART_SIZE} claims each, one JSON record
 * per line (NDJSON), compressed with gzip.
 *
 * Claims are in publication order, oldest first, so that a new fact-check is
 * added to the last part and the other parts stay as they were: a consumer
 * downloads again only the parts whose claims changed.
 */
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { type ExportContext, exportRecord, latestDate } from "./export.ts";
import type { ClaimView } from "./view-model.ts";

/** Claims per part: about 6 MB of JSON before compression, well under 1 MB after. */
export const PART_SIZE = 1000;

/** The path of part `n` (from 1) relative to the site's root: `export/claims-1.ndjson.gz`. */
export function partPath(n: number): string {
  return `export/claims-${n}.ndjson.gz`;
}

/** `claims` in the export's order: by publication date, oldest first, then by id. */
export function exportOrder(claims: readonly ClaimView[]): ClaimView[] {
  return [...claims].sort(
    (a, b) => a.published.localeCompare(b.published) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The claims of each part, in the export's order: part n is element n - 1. */
export function exportParts(claims: readonly ClaimView[]): ClaimView[][] {
  const ordered = exportOrder(claims);
  const parts: ClaimView[][] = [];
  for (let start = 0; start < ordered.length; start += PART_SIZE) {
    parts.push(ordered.slice(start, start + PART_SIZE));
  }
  return parts;
}

/** The index, `claims.json`: the site, the parts, and each claim's id, verdict, dates and part. */
export function exportIndex(
  claims: readonly ClaimView[],
  context: ExportContext & { partUrl: (n: number) => string },
): Record<string, unknown> {
  const parts = exportParts(claims);
  return {
    site: {
      url: context.siteUrl,
      lang: context.lang,
      publisher: { name: context.publisher.name, url: context.publisher.url ?? null },
      scale: { best: context.scale.best, worst: context.scale.worst },
    },
    generated: context.generated ?? latestDate(claims),
    count: claims.length,
    parts: parts.map((part, index) => ({
      url: context.partUrl(index + 1),
      count: part.length,
      format: "application/x-ndjson",
      encoding: "gzip",
    })),
    claims: parts.flatMap((part, index) =>
      part.map((claim) => ({
        id: claim.id,
        verdict: claim.verdict.key,
        published: claim.published,
        updated: claim.updated ?? null,
        part: index,
      })),
    ),
  };
}

const compress = promisify(gzip);

/** Part `n`'s text: one record per line, each line ending with `\n`. */
export function partText(claims: readonly ClaimView[], context: ExportContext): string {
  return claims.map((claim) => `${JSON.stringify(exportRecord(claim, context))}\n`).join("");
}

/**
 * Part `n`'s file: its text compressed with gzip, off the main thread (zlib
 * runs on libuv's thread pool while the build goes on).
 */
export async function partFile(
  claims: readonly ClaimView[],
  context: ExportContext,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await compress(partText(claims, context)));
}
