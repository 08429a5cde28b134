/**
 * The share cards in the Astro build, added by the citable integration: when
 * the build starts (the content is loaded and checked by then), the cards the
 * cache lacks are drawn in worker threads while Astro renders the pages; when
 * it is done, every card is placed in the built site. Each claim's card was
 * assembled once, with its view (site-state.ts, share-card.ts); with a card per
 * verdict, the claims of one verdict share one. When `npm run build` defers
 * the cards, the drawing stops when the pages are written and the list of
 * cards is left in the file it names, outside the built site; the build draws
 * the rest and places the cards while Pagefind indexes (src/cards/deferred.ts).
 * The cache is `<cacheDir>/cards/` (node_modules/.astro/cards/) unless
 * `citable({ cardCache })` names another: keep it between CI runs and an
 * unchanged claim is never drawn again; cards no build used for a week leave it.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { AnyCard, CardData } from "../cards/card-data.ts";
import { siteCard } from "../cards/claim-card.ts";
import { leaveCards } from "../cards/deferred.ts";
import {
  type CardDrawing,
  type CardRun,
  drawCards,
  placeCards,
  reportProgress,
} from "../cards/generate.ts";
import { count, seconds } from "../core/numbers.ts";
import { contentFolder, site as loadedSite } from "./registry.ts";

/** Where the cards are kept, and where they are left when `npm run build` defers them. */
export interface CardOptions {
  /** The cache folder; default `<Astro's cacheDir>/cards/`. */
  cache: string | undefined;
  /** The file the cards not drawn yet are listed in for `npm run build`; undefined: none deferred. */
  deferredTo: string | undefined;
}

/** The integration that draws and places the share cards of `astro build`. */
export function shareCards(options: CardOptions): AstroIntegration {
  let cacheDir = "";
  let base = "/";
  let run: { cards: AnyCard[]; drawing: CardDrawing } | undefined;
  return {
    name: "citable-share-cards",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = options.cache ?? fileURLToPath(new URL("cards/", config.cacheDir));
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:start": async ({ logger }) => {
        const site = await loadedSite(base, contentFolder());
        const byId = new Map<string, CardData>();
        for (const claim of site.claims)
          if (claim.card) byId.set(claim.card.data.id, claim.card.data);
        if (byId.size === 0) return;
        // The home page's card (cards/site.png), for its og:image, whenever the site draws cards.
        const { name, lang, description, publisher } = site.settings;
        const cards: AnyCard[] = [
          ...byId.values(),
          siteCard({ name, lang, description, publisher: publisher.name }),
        ];
        // Loaded here only: its fonts are unpacked when it loads, and a site without cards needs none.
        const { cardWarnings } = await import("../cards/card-warnings.ts");
        for (const warning of cardWarnings(cards, contentFolder())) logger.warn(warning);
        run = { cards, drawing: drawCards(cards, cacheDir) };
        // A failure is reported at astro:build:done; until then nobody awaits the promise.
        run.drawing.finished.catch(() => undefined);
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!run) return;
        const site = fileURLToPath(dir);
        const { cards, drawing } = run;
        const told = ({ drawn, cached }: CardRun) =>
          `${count(cards.length)} share cards: ${count(drawn)} drawn, ${count(cached)} from the cache`;
        if (options.deferredTo) {
          const stopped = await drawing.stop();
          leaveCards(options.deferredTo, { cacheDir, cards });
          const { left } = stopped;
          const rest =
            left > 0 ? `; the other ${count(left)} are drawn while the search index is built` : "";
          logger.info(`${told(stopped)}${rest}.`);
          return;
        }
        // Not while Astro renders: its own line for each page shows how far it is, and a line
        // of ours would land in the middle of one.
        reportProgress(drawing, (line) => logger.info(line));
        const finished = await drawing.finished;
        placeCards(cards, cacheDir, site);
        logger.info(`${told(finished)} (${seconds(finished.ms)}).`);
      },
    },
  };
}
