import { describe, expect, it } from "vitest";
import { createImage, fillRect, rampPalette } from "../canvas.ts";
import { encodePng } from "../png.ts";
import { pixel, readPng } from "./read-png.ts";

describe("encodePng", () => {
  it("writes an 8-bit indexed PNG whose chunks, palette and pixels read back", () => {
    const image = createImage(40, 30, rampPalette([["#ffffff", "#b3261e"]]));
    fillRect(image, 0, 0, 40, 10, 15);
    const png = readPng(encodePng(image));
    expect(png).toMatchObject({ width: 40, height: 30, bitDepth: 8, colourType: 3 });
    expect(png.palette).toHaveLength(16);
    expect(pixel(png, 5, 5)).toBe("#b3261e");
    expect(pixel(png, 5, 20)).toBe("#ffffff");
    expect(png.data.equals(Buffer.from(image.data))).toBe(true);
  });
});
