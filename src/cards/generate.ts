/**
 * Draws the share cards that the cache does not hold yet, in worker threads,
 * while the caller goes on (the Astro build renders its pages meanwhile on the
 * main thread), then places every card in the built site. A drawing can be
 * stopped after the cards under way, and another started later on the rest:
 * `npm run build` hands the cards Astro's process has not drawn by its end to
 * its own process, which draws them while Pagefind indexes (deferred.ts).
 */
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
} from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { count } from "../core/numbers.ts";
import { type AnyCard, CARD_FOLDER, cardHash, cardPath } from "./card-data.ts";

/** How a run of the card generator went. */
export interface CardRun {
  /** Cards drawn in this run. */
  drawn: number;
  /** Cards the cache already held. */
  cached: number;
  /** Cards left undrawn because the drawing was stopped. */
  left: number;
  /** Milliseconds from the start to the last card drawn. */
  ms: number;
}

/** A drawing under way. */
export interface CardDrawing {
  /** Settles when every card is in the cache, or when the drawing has stopped. */
  finished: Promise<CardRun>;
  /** Stops the drawing once each thread has written the card under way; settles as `finished` does. */
  stop(): Promise<CardRun>;
  /** The cards this drawing has to draw (those the cache lacked), how many it has drawn, in how many milliseconds. */
  progress(): { drawn: number; todo: number; ms: number };
}

/**
 * Starts drawing the cards of `cards` missing from `cacheDir` on `threads`
 * worker threads (default: every core but the one the build runs on).
 */
export function drawCards(
  cards: readonly AnyCard[],
  cacheDir: string,
  threads = Math.max(1, availableParallelism() - 1),
): CardDrawing {
  const start = performance.now();
  mkdirSync(cacheDir, { recursive: true });
  const held = new Set(readdirSync(cacheDir));
  const missing = new Map<string, AnyCard>();
  for (const card of cards) {
    const hash = cardHash(card);
    if (!held.has(`${hash}.png`)) missing.set(hash, card);
  }
  const todo = [...missing.values()];
  const cached = cards.length - todo.length;
  const share = Math.min(threads, Math.ceil(todo.length / 200));
  // [0] is set to 1 to stop (each thread reads it before each card); [1] counts the cards drawn.
  const control = new Int32Array(new SharedArrayBuffer(8));
  const runs = Array.from({ length: share }, (_, worker) =>
    runWorker(
      todo.filter((_, i) => i % share === worker),
      cacheDir,
      control,
    ),
  );
  const finished = Promise.all(runs).then((counts) => {
    const drawn = counts.reduce((sum, count) => sum + count, 0);
    return { drawn, cached, left: todo.length - drawn, ms: performance.now() - start };
  });
  return {
    finished,
    stop() {
      Atomics.store(control, 0, 1);
      return finished;
    },
    progress: () => ({
      drawn: Atomics.load(control, 1),
      todo: todo.length,
      ms: performance.now() - start,
    }),
  };
}

/**
 * Says every ten seconds, through `log`, how many of its cards `drawing` has
 * drawn, until it has finished: a cold build at 30 000 claims draws for about
 * a minute while nothing else is printed.
 */
export function reportProgress(drawing: CardDrawing, log: (line: string) => void): void {
  const timer = setInterval(() => {
    const { drawn, todo, ms } = drawing.progress();
    log(`Share cards: ${count(drawn)} of ${count(todo)} drawn (${Math.round(ms / 1000)} s).`);
  }, 10_000);
  // The drawing's threads keep the process alive while they draw; this timer never does.
  timer.unref();
  const stop = () => clearInterval(timer);
  drawing.finished.then(stop, stop);
}

/** How long a card no build has used stays in the cache. */
const KEEP_UNUSED_MS = 7 * 24 * 3600 * 1000;

/**
 * Puts each card in `outDir` at its path (`cards/<id>-<hash>.png`), as a hard
 * link to the cached file where the file system allows it, and marks it used
 * (its modification time). Cards no build has used for a week leave the cache,
 * so that a CI's cache keeps about the size of the site, while two builds of
 * different content that share the cache never remove each other's cards.
 */
export function placeCards(
  cards: readonly AnyCard[],
  cacheDir: string,
  outDir: string,
  now = new Date(),
): void {
  const used = new Set<string>();
  const folder = join(outDir, CARD_FOLDER);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  for (const card of cards) {
    const hash = cardHash(card);
    const name = `${hash}.png`;
    const cached = join(cacheDir, name);
    const target = join(outDir, cardPath(card, hash));
    try {
      linkSync(cached, target);
    } catch {
      copyFileSync(cached, target);
    }
    if (!used.has(name)) utimesSync(cached, now, now);
    used.add(name);
  }
  for (const name of readdirSync(cacheDir)) {
    const file = join(cacheDir, name);
    if (!used.has(name) && now.getTime() - statSync(file).mtimeMs > KEEP_UNUSED_MS)
      rmSync(file, { force: true });
  }
}

/** Draws `cards` on a thread of their own; settles with how many it drew before `control[0]` was set. */
function runWorker(cards: AnyCard[], cacheDir: string, control: Int32Array): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./worker.ts", import.meta.url), {
      workerData: { cards, cacheDir, control },
    });
    worker.once("message", (drawn: number) => resolve(drawn));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`The card worker stopped with code ${code}.`));
    });
  });
}
