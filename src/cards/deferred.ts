/**
 * The share cards that `astro build` leaves to its caller. `npm run build`
 * runs Astro in a process of its own, then indexes the site with Pagefind
 * (src/cli/build.ts). A card takes about 3 ms of CPU, so with an empty cache
 * Astro's process would go on drawing on its one spare thread long after its
 * pages are written (15 s at 10 000 claims), and Pagefind would wait for it.
 * With {@link DEFER_CARDS} set, Astro's process stops drawing once its pages
 * are written and leaves the list of cards in the built site; the caller
 * takes the list out, draws the rest while Pagefind indexes, and places every
 * card.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AnyCard } from "./card-data.ts";

/** The environment variable that leaves the cards not drawn yet to the caller of `astro build`. */
export const DEFER_CARDS = "CITABLE_DEFER_CARDS";

/** The file, in the built site, that holds the list until the caller takes it out. */
const LIST = ".share-cards.json";

/** The cards of a site and the cache they are drawn into. */
export interface DeferredCards {
  cacheDir: string;
  cards: AnyCard[];
}

/** Leaves `deferred` in the built site `dir`, for {@link takeCards}. */
export function leaveCards(dir: string, deferred: DeferredCards): void {
  writeFileSync(join(dir, LIST), JSON.stringify(deferred));
}

/** The cards that `astro build` left in `dir`, taken out of it; undefined when it left none. */
export function takeCards(dir: string): DeferredCards | undefined {
  const file = join(dir, LIST);
  if (!existsSync(file)) return undefined;
  const deferred = JSON.parse(readFileSync(file, "utf8")) as DeferredCards;
  rmSync(file);
  return deferred;
}
