import { describe, expect, it } from "vitest";
import { drawCard } from "../draw.ts";
import { encodePng } from "../png.ts";
import { pixel, readPng } from "./read-png.ts";
import { sampleCard as card } from "./sample-card.ts";

/** How many pixels of rows [from, to) are dark ink (the claim's colour ramp, past half coverage). */
function inkRows(png: ReturnType<typeof readPng>, from: number, to: number): number {
  let count = 0;
  for (let y = from; y < to; y++)
    for (let x = 0; x < png.width; x++) if (pixel(png, x, y) < "#404040") count++;
  return count;
}

describe("drawCard", () => {
  it("draws a 1200 × 630 card with a band in the verdict's colour", () => {
    const png = readPng(encodePng(drawCard(card)));
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(pixel(png, 1190, 10)).toBe("#b3261e");
    expect(pixel(png, 600, 625)).toBe("#b3261e");
  });

  it("sets the claim in ink between the band and the rule above the byline", () => {
    const png = readPng(encodePng(drawCard(card)));
    expect(inkRows(png, 140, 510)).toBeGreaterThan(5000);
  });

  it("keeps a claim far too long for the card above the rule, cut with an ellipsis", () => {
    const long = { ...card, claim: `${card.claim} `.repeat(20) };
    const png = readPng(encodePng(drawCard(long)));
    expect(inkRows(png, 140, 505)).toBeGreaterThan(20_000);
    expect(inkRows(png, 505, 540)).toBe(0);
  });
});
