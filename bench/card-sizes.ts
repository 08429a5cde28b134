/** What the share cards of a corpus weigh and cost: the summary `npm run bench:cards` prints. */
import { median } from "./stats.ts";

/** One card as measured: its file's size and the CPU time to draw and to encode it. */
export interface CardMeasure {
  bytes: number;
  drawMs: number;
  encodeMs: number;
}

/** The sizes of a set of cards and their mean CPU time per card. */
export interface CardSummary {
  cards: number;
  medianBytes: number;
  /** The size that 95 % of the cards do not exceed (nearest rank). */
  p95Bytes: number;
  largestBytes: number;
  totalBytes: number;
  drawMs: number;
  encodeMs: number;
}

/** Sums up `measures`; every figure is 0 when there are none. */
export function summariseCards(measures: readonly CardMeasure[]): CardSummary {
  const sizes = measures.map((m) => m.bytes).sort((a, b) => a - b);
  const count = sizes.length;
  const mean = (pick: (m: CardMeasure) => number) =>
    count ? measures.reduce((sum, m) => sum + pick(m), 0) / count : 0;
  return {
    cards: count,
    medianBytes: count ? median(sizes) : 0,
    p95Bytes: sizes[Math.max(0, Math.ceil(0.95 * count) - 1)] ?? 0,
    largestBytes: sizes.at(-1) ?? 0,
    totalBytes: sizes.reduce((sum, size) => sum + size, 0),
    drawMs: mean((m) => m.drawMs),
    encodeMs: mean((m) => m.encodeMs),
  };
}

/** The summary as one line, sizes in KB (1 000 bytes) and MB. */
export function formatCards(summary: CardSummary): string {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  return (
    `${summary.cards} cards: median ${kb(summary.medianBytes)}, p95 ${kb(summary.p95Bytes)}, ` +
    `largest ${kb(summary.largestBytes)}, ${(summary.totalBytes / 1e6).toFixed(1)} MB in all; ` +
    `CPU per card: draw ${summary.drawMs.toFixed(2)} ms, encode ${summary.encodeMs.toFixed(2)} ms`
  );
}
