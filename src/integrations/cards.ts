/**
 * The share cards in the Astro build: when the build starts (the content is
 * loaded and checked by then), the cards the cache lacks are drawn in worker
 * threads while Astro renders the pages on the main thread; when it is done,
 * every card is placed in the built site. `npm run build` sets DEFER_CARDS:
 * the drawing then stops when the pages are written, and the build draws the
 * rest and places the cards while Pagefind indexes (src/cards/deferred.ts).
 * The cache is `<cacheDir>/cards/` (node_modules/.astro/cards/ by default):
 * keep that folder between CI runs and an unchanged claim is never drawn
 * again; cards no build used for a week leave it. site.yaml's `shareCards`
 * says which cards: one per claim, one per verdict, or none.
 * CITABLE_CARD_CACHE names another cache folder, and CITABLE_CARDS=off builds
 * without cards, to measure what they cost (`npm run bench` uses both).
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { AnyCard, CardData } from "../cards/card-data.ts";
import { cardMode, shareCard, siteCard } from "../cards/claim-card.ts";
import { DEFER_CARDS, leaveCards } from "../cards/deferred.ts";
import {
  type CardDrawing,
  type CardRun,
  drawCards,
  placeCards,
  reportProgress,
} from "../cards/generate.ts";
import { count, seconds } from "../core/numbers.ts";
import { contentFolder } from "./deployment.ts";
import { site as loadedSite } from "./registry.ts";

/** The integration that draws and places the share cards of `astro build`. */
export function shareCards(): AstroIntegration {
  let cacheDir = "";
  let base = "/";
  let run: { cards: AnyCard[]; drawing: CardDrawing } | undefined;
  return {
    name: "citable-share-cards",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir =
          process.env.CITABLE_CARD_CACHE || fileURLToPath(new URL("cards/", config.cacheDir));
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:start": async ({ logger }) => {
        const site = await loadedSite(base);
        const mode = cardMode(site.settings.shareCards);
        const settings = { name: site.settings.name, lang: site.settings.lang };
        // With a card per verdict, the claims of one verdict share one card.
        const byId = new Map<string, CardData>();
        for (const claim of site.claims) {
          const card = shareCard(claim, settings, mode);
          if (card) byId.set(card.id, card);
        }
        if (byId.size === 0) return;
        // The home page's card (cards/site.png), for its og:image, whenever the site draws cards.
        const { description, publisher } = site.settings;
        const cards: AnyCard[] = [
          ...byId.values(),
          siteCard({ ...settings, description, publisher: publisher.name }),
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
        if (process.env[DEFER_CARDS] === "1") {
          const stopped = await drawing.stop();
          leaveCards(site, { cacheDir, cards });
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
