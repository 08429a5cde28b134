import { describe, expect, it } from "vitest";
import { formatCards, summariseCards } from "../card-sizes.ts";

const measures = Array.from({ length: 20 }, (_, i) => ({
  bytes: (i + 1) * 1000,
  drawMs: 1,
  encodeMs: i % 2 ? 3 : 1,
}));

describe("summariseCards", () => {
  it("gives the median, the nearest-rank 95th percentile, the largest and the total size", () => {
    expect(summariseCards(measures)).toEqual({
      cards: 20,
      medianBytes: 10_500,
      p95Bytes: 19_000,
      largestBytes: 20_000,
      totalBytes: 210_000,
      drawMs: 1,
      encodeMs: 2,
    });
  });

  it("gives zeros for no cards", () => {
    expect(summariseCards([])).toMatchObject({ cards: 0, medianBytes: 0, p95Bytes: 0, drawMs: 0 });
  });
});

describe("formatCards", () => {
  it("prints the sizes in KB and MB and the CPU time per card on one line", () => {
    expect(formatCards(summariseCards(measures))).toBe(
      "20 cards: median 10.5 KB, p95 19.0 KB, largest 20.0 KB, 0.2 MB in all; CPU per card: draw 1.00 ms, encode 2.00 ms",
    );
  });
});
