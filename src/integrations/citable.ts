/**
 * Citable's Astro integration: `astro build` makes the whole site. When Astro
 * has written the pages (`astro:build:done`, as Starlight indexes its pages
 * with Pagefind), it writes `_headers` and the Pagefind search index. `npm run
 * build` may instead run the same step after Astro's process has ended (see
 * src/cli/build.ts), so that Astro's memory is returned before Pagefind starts:
 * it sets {@link DEFER_SEARCH} for that.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { count } from "../core/numbers.ts";
import { headersFile, partnerOrigins } from "./csp.ts";
import { deployment } from "./deployment.ts";
import { indexSite } from "./search-index.ts";

/** The environment variable that leaves `_headers` and the index to the caller of `astro build`. */
export const DEFER_SEARCH = "CITABLE_DEFER_SEARCH";

/** Writes `_headers` and the search index into the built site `dir`; returns how many pages were indexed. */
export async function finishSite(dir: string): Promise<number> {
  const { base, partners } = deployment();
  writeFileSync(join(dir, "_headers"), headersFile(base, partnerOrigins(partners)));
  return indexSite(dir);
}

/** The integration, for astro.config.mjs. */
export function citable(): AstroIntegration {
  return {
    name: "citable",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        if (process.env[DEFER_SEARCH] === "1") return;
        const pages = await finishSite(fileURLToPath(dir));
        logger.info(`_headers written; search index: ${count(pages)} pages indexed by Pagefind.`);
      },
    },
  };
}
