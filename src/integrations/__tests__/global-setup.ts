/**
 * Vitest global setup: builds the example site once per test run for each
 * deployment (domain root, /verif/, English interface), with `npm run build`, into temporary
 * folders that the built-site and browser tests read; removes them afterwards.
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import type { TestProject } from "vitest/node";
import { buildInto, variants } from "./built-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The built example site's folder, per deployment. */
    sites: Record<"root" | "verif" | "en", string>;
  }
}

export default async function setup(project: TestProject) {
  const sites = {} as Record<"root" | "verif" | "en", string>;
  // One after the other: the builds share Astro's caches.
  for (const variant of variants) sites[variant.key] = await buildInto(variant);
  project.provide("sites", sites);
  return () => {
    for (const dir of Object.values(sites)) rmSync(dirname(dir), { recursive: true, force: true });
  };
}
