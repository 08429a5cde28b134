/**
 * Citable's Astro integration, the one call in astro.config.mjs:
 * `citable({ content, shareCards, cardCache })` (options.ts). Like Starlight's,
 * it sets up the rest itself: the site's address and base path (from site.yaml,
 * SITE_URL and BASE_PATH), the sitemap and share-card steps, and the virtual
 * modules through which pages read the site (virtual-modules.ts). When the
 * build starts, it writes the views of the loaded content to a snapshot that
 * `getStaticPaths()` reads on the thread that runs it (snapshot.ts); when Astro
 * has written the pages (as Starlight indexes its pages with Pagefind), it
 * writes `_headers` and the Pagefind search index, unless `npm run build` said
 * it would index the site itself once Astro's process has ended (handoff.ts),
 * so that Astro's memory is returned before Pagefind starts.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { ALLOW_PRIVATE_NETWORK } from "../core/content/network-settings.ts";
import { count } from "../core/numbers.ts";
import { shareCards } from "./cards.ts";
import { headersFile, partnerOrigins } from "./csp.ts";
import { deployment } from "./deployment.ts";
import { readHandoff } from "./handoff.ts";
import { type CitableUserOptions, parseOptions } from "./options.ts";
import { configure, site } from "./registry.ts";
import { indexSite } from "./search-index.ts";
import { citableSitemap } from "./sitemap.ts";
import { writeSnapshot } from "./snapshot.ts";
import { citableModules } from "./virtual-modules.ts";

/** The integration, for astro.config.mjs; invalid options throw, saying which and what is allowed. */
export function citable(userOptions?: CitableUserOptions): AstroIntegration {
  const options = parseOptions(userOptions);
  const handoff = readHandoff();
  // The check run by the content loader reads it where npm run check reads its own flag.
  if (handoff.allowPrivateNetwork) process.env[ALLOW_PRIVATE_NETWORK] = "1";
  const content = resolve(handoff.content ?? options.content);
  configure({ content, shareCards: handoff.shareCards ?? options.shareCards });
  let base = "/";
  let address = "https://example.org";
  let cacheDir = new URL("node_modules/.astro/", `file://${process.cwd()}/`);
  let snapshot: string | undefined;
  let partners: string[] = [];
  return {
    name: "citable",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        const where = deployment(content);
        partners = partnerOrigins(where.partners);
        const cards = {
          cache: handoff.cardCache ?? options.cardCache,
          deferredTo: handoff.deferredCards,
        };
        updateConfig({
          site: where.site,
          base: where.base,
          integrations: [citableSitemap(), shareCards(cards)],
          vite: { plugins: [citableModules(() => ({ site: address, base, content, snapshot }))] },
        });
      },
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        cacheDir = config.cacheDir;
        address = config.site ?? address;
      },
      "astro:build:start": async () => {
        // The content sync has loaded and checked the content by now, in this process.
        const file = join(fileURLToPath(new URL("citable/", cacheDir)), `site-${process.pid}.v8`);
        writeSnapshot(file, await site(base, content));
        snapshot = file;
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (snapshot) rmSync(snapshot, { force: true });
        writeFileSync(new URL("_headers", dir), headersFile(base, partners));
        if (handoff.deferSearch) return;
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`_headers written; search index: ${count(pages)} pages indexed by Pagefind.`);
      },
    },
  };
}
