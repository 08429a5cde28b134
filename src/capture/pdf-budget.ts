/**
 * A budget on what a PDF's compressed streams inflate to, checked before
 * pdf.js reads it: pdf.js holds inflated streams in buffers outside the
 * worker's heap limit, so a 1 MB file whose content stream inflates to 1 GB
 * would take gigabytes of memory (and four of them in one watch run, many
 * more). Each Flate stream but images (which reading the text never decodes)
 * is inflated here with zlib's `maxOutputLength`, which stops at the budget
 * instead of allocating what the stream asks for.
 */
import { constants, inflateSync } from "node:zlib";
import { CaptureError } from "./errors.ts";

/** The most bytes a PDF's text-bearing streams may inflate to, all together. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

const STREAM = Buffer.from("stream");
const END = Buffer.from("endstream");

/** Throws a {@link CaptureError} when the Flate streams of `pdf` inflate to more than `budget` bytes. */
export function checkInflatedSize(pdf: Uint8Array, budget = MAX_INFLATED_BYTES): void {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  let total = 0;
  let at = bytes.indexOf(STREAM);
  while (at !== -1) {
    const isEnd = at >= 3 && bytes.toString("latin1", at - 3, at) === "end";
    let start = at + STREAM.length;
    if (bytes[start] === 0x0d) start++;
    if (!isEnd && bytes[start] === 0x0a) {
      start++;
      const end = bytes.indexOf(END, start);
      const stop = end === -1 ? bytes.length : end;
      // The stream's dictionary stands just before `stream`, after its object's `obj`.
      const head = bytes.toString("latin1", Math.max(0, at - 2048), at);
      const dictionary = head.slice(head.lastIndexOf("obj") + 1);
      if (/\/FlateDecode/.test(dictionary) && !/\/Subtype\s*\/Image/.test(dictionary)) {
        total += inflated(bytes.subarray(start, stop), budget - total);
        if (total > budget) refuse(budget);
      }
      at = bytes.indexOf(STREAM, stop + END.length);
      continue;
    }
    at = bytes.indexOf(STREAM, at + STREAM.length);
  }
}

/** The inflated size of `data`, at most `room + 1` (0 when it is not a zlib stream). */
function inflated(data: Uint8Array, room: number): number {
  try {
    return inflateSync(data, {
      maxOutputLength: Math.max(1, room + 1),
      // Tolerate a stream cut short, as pdf.js does.
      finishFlush: constants.Z_SYNC_FLUSH,
    }).byteLength;
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") return room + 1;
    // Encrypted or damaged: pdf.js decides what to make of it.
    return 0;
  }
}

function refuse(budget: number): never {
  throw new CaptureError(
    `This PDF's compressed text inflates to more than ${budget / 1048576} MB, far more than a document's text needs (a file built to exhaust memory does this). Import a plain text copy of it, or a PDF printed again from the original.`,
  );
}
