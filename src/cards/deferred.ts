/**
 * The share cards that `astro build` leaves to its caller. `npm run build`
 * runs Astro in a process of its own, then indexes the site with Pagefind
 * (src/cli/build.ts). A card takes about 3 ms of CPU, so with an empty cache
 * Astro's process would go on drawing on its one spare thread long after its
 * pages are written (15 s at 10 000 claims), and Pagefind would wait for it.
 * When the build hands over a file for them (src/integrations/handoff.ts),
 * Astro's process stops drawing once its pages are written and leaves the
 * list of cards in that file, outside the built site; the caller takes the
 * list out, draws the rest while Pagefind indexes, and places every card.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AnyCard } from "./card-data.ts";

/** The cards of a site and the cache they are drawn into. */
export interface DeferredCards {
  cacheDir: string;
  cards: AnyCard[];
}

/** Leaves `deferred` in `file`, for {@link takeCards}. */
export function leaveCards(file: string, deferred: DeferredCards): void {
  writeFileSync(file, JSON.stringify(deferred));
}

/** The cards that `astro build` left in `file`, which is removed; undefined when it left none. */
export function takeCards(file: string): DeferredCards | undefined {
  if (!existsSync(file)) return undefined;
  const deferred = JSON.parse(readFileSync(file, "utf8")) as DeferredCards;
  rmSync(file);
  return deferred;
}
