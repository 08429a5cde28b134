/**
 * A small PNG reader for the tests: the chunks with their CRCs checked, the
 * header, the palette and the inflated rows of an 8-bit indexed image.
 */
import { crc32, inflateSync } from "node:zlib";

/** What the tests read of a PNG file. */
export interface ReadPng {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  palette: Array<[number, number, number]>;
  /** The IDAT stream inflated: rows of 1 filter byte and `width` bytes. */
  data: Buffer;
}

/** Reads `file`; throws on a bad signature or CRC. */
export function readPng(file: Buffer): ReadPng {
  if (!file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    throw new Error("Not a PNG signature.");
  let at = 8;
  const idat: Buffer[] = [];
  const out: Partial<ReadPng> = { palette: [] };
  while (at < file.length) {
    const length = file.readUInt32BE(at);
    const type = file.toString("latin1", at + 4, at + 8);
    const body = file.subarray(at + 8, at + 8 + length);
    if (crc32(file.subarray(at + 4, at + 8 + length)) !== file.readUInt32BE(at + 8 + length))
      throw new Error(`Bad CRC in ${type}.`);
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
  return { ...(out as ReadPng), data: inflateSync(Buffer.concat(idat)) };
}

/** The colour of the pixel at (x, y) of an 8-bit indexed PNG without filters, as `#rrggbb`. */
export function pixel(png: ReadPng, x: number, y: number): string {
  const index = png.data[y * (png.width + 1) + 1 + x] as number;
  const [r, g, b] = png.palette[index] ?? [0, 0, 0];
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}
