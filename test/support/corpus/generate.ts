import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { FIXTURE_SITE } from "../fixture-site.ts";
import { generateClaim } from "./claim.ts";
import type { QuoteKind } from "./quotes.ts";
import { at } from "./random.ts";
import { type ShapeName, shapeNamed } from "./shape.ts";
import { generateSource } from "./source.ts";

/** The size and seed of a synthetic corpus. */
export interface CorpusOptions {
  /** Number of claim files. */
  claims: number;
  /** Number of source files; claims are spread evenly over them (10 per source by default). */
  sources: number;
  /** Seed of the pseudo-random generator; the same options always give the same files. Default 1. */
  seed?: number;
  /** How claims and sources are built (see shape.ts). Default `bench`. */
  shape?: ShapeName;
}

/** What was written. */
export interface CorpusStats {
  /** Files written, settings included. */
  files: number;
  /** Their total size in bytes. */
  bytes: number;
  /** How many citations quote their source in each way. */
  quotes: Partial<Record<QuoteKind, number>>;
  /** How many quotes are typed with plain ' and " where the source has ’ and « ». */
  typedPlain: number;
}

/**
 * Writes a synthetic content folder to `dir` (which must be empty or absent): the site settings
 * and rating scale of the fixture site, and French sources and claims whose every quote verifies.
 */
export function generateCorpus(
  dir: string,
  { claims, sources, seed = 1, shape: name = "bench" }: CorpusOptions,
): CorpusStats {
  const shape = shapeNamed(name);
  requireInteger("claims", claims, 1);
  requireInteger("sources", sources, 1);
  requireInteger("seed", seed, 0);
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new Error(`${dir} is not empty; give the corpus a new or empty folder.`);
  }
  mkdirSync(join(dir, "sources"), { recursive: true });
  mkdirSync(join(dir, "claims"));
  const stats: CorpusStats = { files: 0, bytes: 0, quotes: {}, typedPlain: 0 };
  const write = (path: string, text: string) => {
    writeFileSync(join(dir, path), text);
    stats.files++;
    stats.bytes += Buffer.byteLength(text);
  };
  for (const name of ["site.yaml", "ratings.yaml"]) {
    copyFileSync(join(FIXTURE_SITE, name), join(dir, name));
    stats.files++;
  }
  const docs = Array.from({ length: sources }, (_, index) => generateSource(seed, index, shape));
  for (const doc of docs) write(`sources/${doc.id}.md`, doc.file);
  for (let index = 0; index < claims; index++) {
    const main = Math.floor((index * sources) / claims);
    const claim = generateClaim(seed, index, at(docs, main), at(docs, (main + 1) % sources), shape);
    write(`claims/${claim.id}.md`, claim.file);
    for (const kind of claim.kinds) stats.quotes[kind] = (stats.quotes[kind] ?? 0) + 1;
    stats.typedPlain += claim.typedPlain;
  }
  return stats;
}

function requireInteger(name: string, value: number, least: number): void {
  if (!Number.isSafeInteger(value) || value < least) {
    throw new RangeError(`${name} must be an integer of at least ${least}; got ${value}.`);
  }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      claims: { type: "string", default: "10000" },
      sources: { type: "string", default: "1000" },
      seed: { type: "string", default: "1" },
      shape: { type: "string", default: "bench" },
    },
  });
  const [dir] = positionals;
  if (!dir) {
    console.error(
      "Usage: node test/support/corpus/generate.ts <dir> [--claims 10000] [--sources 1000] [--seed 1] [--shape bench|newsroom]",
    );
    process.exit(2);
  }
  const options = {
    claims: Number(values.claims),
    sources: Number(values.sources),
    seed: Number(values.seed),
    shape: values.shape as ShapeName,
  };
  let stats: CorpusStats;
  try {
    stats = generateCorpus(dir, options);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const quotes = Object.entries(stats.quotes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, n]) => `${kind} ${n}`);
  console.log(`Wrote ${stats.files} files (${(stats.bytes / 1e6).toFixed(1)} MB) to ${dir}.`);
  console.log(`Quotes: ${quotes.join(", ")}; typed with plain ' and ": ${stats.typedPlain}.`);
}
