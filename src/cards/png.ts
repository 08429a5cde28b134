/**
 * PNG encoding of an indexed image (colour type 3) in as few bits a pixel as
 * its colours allow: a card's palette holds 10 colours, so a card is written
 * with 4 bits a pixel, two pixels a byte. Ramps that share a colour (each
 * starts or ends on the paper) list it once. Measured on 1 000 cards: rows
 * without a filter, since on a palette image Sub, Up, Paeth and the per-row
 * heuristic each made files 11 to 20 % larger; deflate at level 5 and the
 * default strategy, since the run-length strategy (fast, but blind to the
 * repeated rows of a glyph) made them half as large again, and level 9 saved
 * another 6 % for ten times the time. Only the chunks a decoder needs are
 * written (IHDR, PLTE, IDAT, IEND).
 */
import { constants, crc32, deflateSync } from "node:zlib";
import type { IndexedImage } from "./canvas.ts";

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** Deflate's level: see above. */
const LEVEL = 5;

/** The PNG file of `image`. */
export function encodePng(image: IndexedImage): Buffer {
  const { palette, index } = distinctColours(image.palette);
  const depth = bitDepth(palette.length);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header.set([depth, 3, 0, 0, 0], 8); // indexed colour, deflate, adaptive filters, no interlace
  const rows = scanlines(image, index, depth);
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("PLTE", Buffer.from(palette.flat())),
    chunk(
      "IDAT",
      deflateSync(rows, { level: LEVEL, memLevel: 9, strategy: constants.Z_DEFAULT_STRATEGY }),
    ),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The fewest bits a pixel that PNG allows for a palette of `colours` entries. */
export function bitDepth(colours: number): 1 | 2 | 4 | 8 {
  if (colours <= 2) return 1;
  if (colours <= 4) return 2;
  if (colours <= 16) return 4;
  return 8;
}

/** Each colour of `palette` once, in order of first use, and the new index of each old one. */
function distinctColours(palette: IndexedImage["palette"]) {
  const byColour = new Map<string, number>();
  const distinct: IndexedImage["palette"] = [];
  const index = new Uint8Array(256);
  for (const [at, colour] of palette.entries()) {
    const key = colour.join();
    let known = byColour.get(key);
    if (known === undefined) {
      known = distinct.length;
      byColour.set(key, known);
      distinct.push(colour);
    }
    index[at] = known;
  }
  return { palette: distinct, index };
}

/** The image's rows at `depth` bits a pixel (most significant bits first), each after a filter byte of 0. */
function scanlines(image: IndexedImage, index: Uint8Array, depth: number): Uint8Array {
  const { width, height, data } = image;
  const stride = width + 1;
  const perByte = 8 / depth;
  const rowBytes = Math.ceil(width / perByte) + 1;
  const out = new Uint8Array(rowBytes * height);
  const pixels = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  for (let y = 0; y < height; y++) {
    let at = y * rowBytes + 1;
    const from = y * stride + 1;
    // Most rows of a card repeat the row above (the band, the paper between lines): copy them.
    if (y > 0 && pixels.compare(pixels, from - stride, from - 1, from, from + width) === 0) {
      out.copyWithin(at, at - rowBytes, at - 1);
      continue;
    }
    if (depth === 8) {
      for (let x = 0; x < width; x++) out[at++] = index[data[from + x] as number] as number;
      continue;
    }
    if (depth === 4) {
      // A card's depth, on its own path: the general loop below took as long as deflate.
      for (let x = 0; x + 1 < width; x += 2)
        out[at++] =
          ((index[data[from + x] as number] as number) << 4) |
          (index[data[from + x + 1] as number] as number);
      if (width % 2) out[at] = (index[data[from + width - 1] as number] as number) << 4;
      continue;
    }
    for (let x = 0; x < width; x += perByte) {
      let byte = 0;
      for (let bit = 0; bit < perByte; bit++) {
        const pixel = x + bit < width ? (index[data[from + x + bit] as number] as number) : 0;
        byte = (byte << depth) | pixel;
      }
      out[at++] = byte;
    }
  }
  return out;
}

function chunk(type: string, body: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + body.length);
  out.writeUInt32BE(body.length, 0);
  out.write(type, 4, "latin1");
  out.set(body, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
  return out;
}
