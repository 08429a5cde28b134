/**
 * A small PNG reader for the tests: the chunks with their CRCs checked, the
 * header, the palette and the pixels of an indexed image of 1, 2, 4 or 8 bits
 * whose rows are not filtered (as encodePng writes them).
 */
import { crc32, inflateSync } from "node:zlib";

/** What the tests read of a PNG file. */
export interface ReadPng {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  palette: Array<[number, number, number]>;
  /** The chunks' types in the order of the file. */
  chunks: string[];
  /** One palette index a pixel, row by row. */
  pixels: Uint8Array;
}

/** Reads `file`; throws on a bad signature or CRC, or a filtered row. */
export function readPng(file: Buffer): ReadPng {
  if (!file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error("Not a PNG signature.");
  let at = 8;
  const idat: Buffer[] = [];
  const out: Partial<ReadPng> = { palette: [], chunks: [] };
  while (at < file.length) {
    const length = file.readUInt32BE(at);
    const type = file.toString("latin1", at + 4, at + 8);
    const body = file.subarray(at + 8, at + 8 + length);
    if (crc32(file.subarray(at + 4, at + 8 + length)) !== file.readUInt32BE(at + 8 + length))
      throw new Error(`Bad CRC in ${type}.`);
    out.chunks?.push(type);
    if (type === "IHDR") {
      out.width = body.readUInt32BE(0);
      out.height = body.readUInt32BE(4);
      out.bitDepth = body[8] as number;
      out.colourType = body[9] as number;
    }
    if (type === "PLTE")
      for (let i = 0; i < body.length; i += 3)
        out.palette?.push([body[i] as number, body[i + 1] as number, body[i + 2] as number]);
    if (type === "IDAT") idat.push(body);
    at += 12 + length;
  }
  const png = out as Omit<ReadPng, "pixels">;
  return { ...png, pixels: unpack(png, inflateSync(Buffer.concat(idat))) };
}

function unpack({ width, height, bitDepth }: Omit<ReadPng, "pixels">, rows: Buffer): Uint8Array {
  const rowBytes = Math.ceil((width * bitDepth) / 8) + 1;
  if (rows.length !== rowBytes * height) throw new Error("The image data has the wrong length.");
  const pixels = new Uint8Array(width * height);
  const mask = (1 << bitDepth) - 1;
  for (let y = 0; y < height; y++) {
    if (rows[y * rowBytes] !== 0) throw new Error(`Row ${y} is filtered.`);
    for (let x = 0; x < width; x++) {
      const bit = x * bitDepth;
      const byte = rows[y * rowBytes + 1 + (bit >> 3)] as number;
      pixels[y * width + x] = (byte >> (8 - bitDepth - (bit & 7))) & mask;
    }
  }
  return pixels;
}

/** The colour of the pixel at (x, y), as `#rrggbb`. */
export function pixel(png: ReadPng, x: number, y: number): string {
  return hex(png.palette[png.pixels[y * png.width + x] as number] ?? [0, 0, 0]);
}

/** A colour as `#rrggbb`. */
export function hex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, "0")).join("")}`;
}
