import { describe, expect, it } from "vitest";
import { createImage, fillRect, type IndexedImage, rampPalette, STEPS } from "../canvas.ts";
import { drawCard } from "../draw.ts";
import { bitDepth, encodePng } from "../png.ts";
import { pixel, readPng } from "./read-png.ts";
import { sampleCard } from "./sample-card.ts";

/** Every pixel of `image` as `#rrggbb`, through its palette. */
function colours(image: IndexedImage): string[] {
  const out: string[] = [];
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++) {
      const [r, g, b] = image.palette[image.data[y * (image.width + 1) + 1 + x] as number] ?? [];
      out.push(`#${[r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, "0")).join("")}`);
    }
  return out;
}

function decoded(file: Buffer): string[] {
  const png = readPng(file);
  const out: string[] = [];
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) out.push(pixel(png, x, y));
  return out;
}

describe("encodePng", () => {
  it("writes a card as a 4-bit indexed PNG of 10 colours, with only the chunks a decoder needs", () => {
    const png = readPng(encodePng(drawCard(sampleCard)));
    expect(png).toMatchObject({ width: 1200, height: 630, bitDepth: 4, colourType: 3 });
    // Three ramps of four steps (paper, two greys, ink) that share the paper.
    expect(png.palette).toHaveLength(10);
    expect(new Set(png.palette.map((colour) => colour.join())).size).toBe(10);
    expect(png.chunks).toEqual(["IHDR", "PLTE", "IDAT", "IEND"]);
  });

  it("decodes to the very colours of every pixel drawn", () => {
    const image = drawCard(sampleCard);
    const drawn = colours(image);
    const read = decoded(encodePng(image));
    const wrong = drawn.findIndex((colour, at) => read[at] !== colour);
    expect(wrong === -1 ? "none" : `(${wrong % 1200}, ${Math.floor(wrong / 1200)})`).toBe("none");
  });

  it("writes the same bytes for the same card, so that the cache by hash holds", () => {
    const first = encodePng(drawCard(sampleCard));
    expect(encodePng(drawCard({ ...sampleCard })).equals(first)).toBe(true);
  });

  it("lists a colour shared by two ramps once", () => {
    const image = createImage(
      40,
      30,
      rampPalette([
        ["#ffffff", "#1a1a1a"],
        ["#ffffff", "#b3261e"],
      ]),
    );
    fillRect(image, 0, 0, 40, 10, STEPS - 1);
    fillRect(image, 0, 10, 40, 10, 2 * STEPS - 1);
    const png = readPng(encodePng(image));
    expect(png.palette).toHaveLength(2 * STEPS - 1);
    expect([pixel(png, 5, 5), pixel(png, 5, 15), pixel(png, 5, 25)]).toEqual([
      "#1a1a1a",
      "#b3261e",
      "#ffffff",
    ]);
  });

  it.each([
    [2, 1],
    [4, 2],
    [16, 4],
    [17, 8],
  ])("writes an image of %i colours at %i bits a pixel, and reads it back", (count, depth) => {
    const palette = Array.from({ length: count }, (_, i): [number, number, number] => [i, 0, 255]);
    // 13 pixels wide: the last byte of a row is only partly used at 1, 2 and 4 bits.
    const image = createImage(13, 3, palette);
    for (let x = 0; x < 13; x++) fillRect(image, x, 1, 1, 1, x % count);
    const file = encodePng(image);
    expect(readPng(file).bitDepth).toBe(depth);
    expect(decoded(file)).toEqual(colours(image));
  });
});

describe("bitDepth", () => {
  it.each([
    [1, 1],
    [2, 1],
    [3, 2],
    [5, 4],
    [16, 4],
    [17, 8],
    [256, 8],
  ])("gives %i colours %i bits a pixel", (colours, depth) => {
    expect(bitDepth(colours)).toBe(depth);
  });
});
