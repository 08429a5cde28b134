/**
 * A worker thread that draws cards into the cache: it receives the cards to
 * draw, writes each as `<cache>/<hash>.png` (through a temporary name, so that
 * an interrupted build never leaves half a file under a final name), and
 * reports how many it drew; `control[1]` counts the cards drawn by every
 * thread as they go. It stops before the next card once `control[0]` is 1, so
 * that a stopped drawing leaves no file half written.
 */
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { type AnyCard, cardHash } from "./card-data.ts";
import { drawCard } from "./draw.ts";
import { encodePng } from "./png.ts";

const { cards, cacheDir, control } = workerData as {
  cards: AnyCard[];
  cacheDir: string;
  control: Int32Array;
};
let drawn = 0;
for (const card of cards) {
  if (Atomics.load(control, 0) === 1) break;
  const file = join(cacheDir, `${cardHash(card)}.png`);
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, encodePng(drawCard(card)));
  renameSync(temporary, file);
  drawn++;
  Atomics.add(control, 1, 1);
}
parentPort?.postMessage(drawn);
