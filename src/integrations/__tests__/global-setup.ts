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
    /** The processes each build left behind once it had exited. */
    leftovers: Record<"root" | "verif" | "en", string[]>;
  }
}

export default async function setup(project: TestProject) {
  const sites = {} as Record<"root" | "verif" | "en", string>;
  const leftovers = {} as Record<"root" | "verif" | "en", string[]>;
  // One after the other: the builds share Astro's caches.
  for (const variant of variants) {
    const build = await buildInto(variant);
    sites[variant.key] = build.dir;
    leftovers[variant.key] = build.leftovers;
  }
  project.provide("sites", sites);
  project.provide("leftovers", leftovers);
  return () => {
    for (const dir of Object.values(sites)) rmSync(dirname(dir), { recursive: true, force: true });
  };
}
