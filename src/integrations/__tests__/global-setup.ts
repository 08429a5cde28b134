/**
 * Vitest global setup: builds the fixture site (test/fixtures/site/, never the
 * project's content/) once per test run for each deployment (domain root,
 * /verif/, English interface), and a synthetic site whose listings take
 * several pages (with one share card per verdict), with `npm run build`, into
 * temporary folders that the built-site and browser tests read; removes them
 * afterwards.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildInto, PAGED, pagedDeployment, variants } from "../../../test/support/built-site.ts";
import { generateCorpus } from "../../../test/support/corpus/generate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The built fixture site's folder, per deployment. */
    sites: Record<"root" | "verif" | "en", string>;
    /** A synthetic site with more claims and sources than one page of a listing holds. */
    paged: string;
    /** The processes each build left behind once it had exited. */
    leftovers: Record<"root" | "verif" | "en", string[]>;
    /** How many times each build loaded and checked the content (the paged site's too). */
    loads: Record<"root" | "verif" | "en" | "paged", number>;
    /** How many times each build read and parsed a claim file, of how many: `13 of 13`. */
    claimReads: Record<"root" | "verif" | "en" | "paged", string>;
  }
}

export default async function setup(project: TestProject) {
  const sites = {} as Record<"root" | "verif" | "en", string>;
  const leftovers = {} as Record<"root" | "verif" | "en", string[]>;
  const loads = {} as Record<"root" | "verif" | "en" | "paged", number>;
  const claimReads = {} as Record<"root" | "verif" | "en" | "paged", string>;
  // One after the other: the builds share Astro's caches.
  for (const variant of variants) {
    const build = await buildInto(variant);
    sites[variant.key] = build.dir;
    leftovers[variant.key] = build.leftovers;
    loads[variant.key] = build.loads;
    claimReads[variant.key] = build.claimReads;
  }
  const content = mkdtempSync(join(tmpdir(), "citable-paged-content-"));
  generateCorpus(content, PAGED);
  // As a large archive may choose: one share card per verdict rather than per claim.
  // The corpus copies the fixture's site.yaml, which names its own choice: replace it, YAML keys are unique.
  const settings = join(content, "site.yaml");
  const chosen = readFileSync(settings, "utf8").replace(/^shareCards:.*\n?/m, "");
  writeFileSync(settings, `${chosen.trimEnd()}\nshareCards: verdict\n`);
  const pagedBuild = await buildInto(pagedDeployment, content);
  const paged = pagedBuild.dir;
  loads.paged = pagedBuild.loads;
  claimReads.paged = pagedBuild.claimReads;
  project.provide("sites", sites);
  project.provide("leftovers", leftovers);
  project.provide("paged", paged);
  project.provide("loads", loads);
  project.provide("claimReads", claimReads);
  return () => {
    for (const dir of [...Object.values(sites), paged]) {
      rmSync(dirname(dir), { recursive: true, force: true });
    }
    rmSync(content, { recursive: true, force: true });
  };
}
