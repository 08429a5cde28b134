/**
 * A worker thread that draws cards into the cache: it receives the cards to
 * draw, writes each as `<cache>/<hash>.png` (through a temporary name, so that
 * an interrupted build never leaves half a file under a final name), and
 * reports how many it drew.
 */
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { type CardData, cardHash } from "./card-data.ts";
import { drawCard } from "./draw.ts";
import { encodePng } from "./png.ts";

const { cards, cacheDir } = workerData as { cards: CardData[]; cacheDir: string };
for (const card of cards) {
  const file = join(cacheDir, `${cardHash(card)}.png`);
  const temporary = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, encodePng(drawCard(card)));
  renameSync(temporary, file);
}
parentPort?.postMessage(cards.length);
