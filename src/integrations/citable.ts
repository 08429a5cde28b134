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
import type { AnyCard, CardData } from "../cards/card-data.ts";
import { siteCard } from "../cards/claim-card.ts";
import { count } from "../core/numbers.ts";
import { ALLOW_PRIVATE_NETWORK } from "../core/schema/private-address.ts";
import { shareCards } from "./cards.ts";
import { headersFile, partnerOrigins } from "./csp.ts";
import { deployment } from "./deployment.ts";
import { readHandoff } from "./handoff.ts";
import { type CitableUserOptions, parseOptions } from "./options.ts";
import { clearRegistry, configure, site } from "./registry.ts";
import { indexSite } from "./search-index.ts";
import type { LoadedSite } from "./site-state.ts";
import { citableSitemap } from "./sitemap.ts";
import { writeSnapshot } from "./snapshot.ts";
import { type BuildData, buildData, citableModules } from "./virtual-modules.ts";

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
  let build: BuildData | undefined;
  let cards: AnyCard[] = [];
  let partners: string[] = [];
  return {
    name: "citable",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        const where = deployment(content);
        partners = partnerOrigins(where.partners);
        const cardOptions = {
          cache: handoff.cardCache ?? options.cardCache,
          deferredTo: handoff.deferredCards,
          content,
          cards: () => cards,
        };
        updateConfig({
          site: where.site,
          base: where.base,
          integrations: [citableSitemap(), shareCards(cardOptions)],
          vite: { plugins: [citableModules(() => ({ site: address, base, content, build }))] },
        });
      },
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        cacheDir = config.cacheDir;
        address = config.site ?? address;
      },
      "astro:build:start": async () => {
        // The content sync has loaded and checked the content by now, in this process. What the
        // pages need of it is taken now; then the loaded site (every source's text, the check's
        // indexes) is let go before the pages render: no page reads it.
        const file = join(fileURLToPath(new URL("citable/", cacheDir)), `site-${process.pid}.v8`);
        const loaded = await site(base, content);
        writeSnapshot(file, loaded);
        build = buildData(loaded, file);
        cards = shareCardsOf(loaded);
        clearRegistry();
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (build) rmSync(build.snapshot, { force: true });
        writeFileSync(new URL("_headers", dir), headersFile(base, partners));
        if (handoff.deferSearch) return;
        const pages = await indexSite(fileURLToPath(dir));
        logger.info(`_headers written; search index: ${count(pages)} pages indexed by Pagefind.`);
      },
    },
  };
}

/**
 * The share cards of `loaded`, each once (with a card per verdict, the claims of one verdict
 * share one), and the home page's card (cards/site.png) whenever the site draws cards.
 */
function shareCardsOf(loaded: LoadedSite): AnyCard[] {
  const byId = new Map<string, CardData>();
  for (const claim of loaded.claims) if (claim.card) byId.set(claim.card.data.id, claim.card.data);
  if (byId.size === 0) return [];
  const { name, lang, description, publisher } = loaded.settings;
  return [...byId.values(), siteCard({ name, lang, description, publisher: publisher.name })];
}
