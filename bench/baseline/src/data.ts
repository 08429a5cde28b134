/**
 * The baseline's typed access to its collections. The baseline lives inside Citable's project,
 * whose `astro check` types `astro:content` with Citable's collections, so the entries are read
 * through the baseline's own schemas' types rather than the generated ones.
 */
import { getCollection, render } from "astro:content";
import type { z } from "astro/zod";
import type { claimSchema, sourceSchema } from "./content.config.ts";

/** A claim entry of the baseline. */
export interface ClaimEntry {
  id: string;
  data: z.infer<typeof claimSchema>;
}

/** A source entry of the baseline. */
export interface SourceEntry {
  id: string;
  data: z.infer<typeof sourceSchema>;
}

/** Every claim, newest first. */
export async function claims(): Promise<ClaimEntry[]> {
  const all = (await getCollection("claims")) as unknown as ClaimEntry[];
  return all.sort((a, b) => b.data.published.getTime() - a.data.published.getTime());
}

/** Every source. */
export async function sources(): Promise<SourceEntry[]> {
  return (await getCollection("sources")) as unknown as SourceEntry[];
}

/** Astro's own rendering of an entry's Markdown body. */
export function renderEntry(entry: ClaimEntry | SourceEntry) {
  return render(entry as unknown as Parameters<typeof render>[0]);
}

/** The claims grouped under each value `pick` gives (tags, claimant, verdict), by slug. */
export function group(all: ClaimEntry[], pick: (claim: ClaimEntry) => string[]) {
  const groups = new Map<string, { label: string; claims: ClaimEntry[] }>();
  for (const claim of all) {
    for (const label of pick(claim)) {
      const slug = slugify(label);
      const entry = groups.get(slug) ?? { label, claims: [] };
      entry.claims.push(claim);
      groups.set(slug, entry);
    }
  }
  return [...groups].map(([slug, { label, claims }]) => ({ slug, label, claims }));
}

/** `Légion d’honneur` gives `legion-d-honneur`. */
export function slugify(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** `2021-10-18`. */
export function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}
