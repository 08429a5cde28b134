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
import { availableParallelism } from "node:os";
import type { AnyCard } from "./card-data.ts";
import { type CardDrawing, type CardRun, drawCards } from "./generate.ts";

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

/**
 * Draws `deferred`'s cards while `indexed` (Pagefind's indexing) runs, on every core but one,
 * then, once it has settled, the rest on every core: Pagefind's indexer keeps both cores busy
 * while it reads the pages, so a second drawing thread would only take from it, but it writes
 * its index on one, and with one drawing thread a core then idled while the last cards were
 * drawn (13 of 36 s at 10 000 claims with an empty cache). Stopped, it draws nothing more.
 */
export function drawDeferred(deferred: DeferredCards, indexed: Promise<unknown>): CardDrawing {
  const { cards, cacheDir } = deferred;
  const start = performance.now();
  let current = drawCards(cards, cacheDir);
  const { todo } = current.progress();
  let before = 0;
  let stopped = false;
  const finished = (async (): Promise<CardRun> => {
    await indexed.catch(() => undefined);
    const first = await current.stop();
    if (stopped || first.left === 0) return { ...first, ms: performance.now() - start };
    before = first.drawn;
    current = drawCards(cards, cacheDir, availableParallelism());
    const rest = await current.finished;
    return {
      drawn: first.drawn + rest.drawn,
      cached: first.cached,
      left: rest.left,
      ms: performance.now() - start,
    };
  })();
  return {
    finished,
    async stop() {
      stopped = true;
      await current.stop();
      return finished;
    },
    progress: () => ({
      drawn: before + current.progress().drawn,
      todo,
      ms: performance.now() - start,
    }),
  };
}
