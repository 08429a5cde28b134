/**
 * Reading a capture file: only a regular file, opened without blocking (a
 * named pipe or a device would otherwise wait forever for a writer), its size
 * checked before a byte is read, and never empty.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { basename } from "node:path";
import { MAX_CAPTURE_BYTES } from "../core/schema/capture-file.ts";
import { CaptureError } from "./errors.ts";

/** The bytes of the capture at `path`; throws a {@link CaptureError} with what to do. */
export function readCapture(path: string): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(fd);
    if (!stats.isFile()) {
      throw new CaptureError(
        `${path} is not a regular file (a folder, a named pipe or a device). Save the page, the PDF or the text as a file and import that.`,
      );
    }
    if (stats.size > MAX_CAPTURE_BYTES) {
      throw new CaptureError(
        `${basename(path)} is ${(stats.size / 1048576).toFixed(1)} MB, more than the ${MAX_CAPTURE_BYTES / 1048576} MB a capture may hold. Save the page without its images (HTML only), or the article alone.`,
      );
    }
    if (stats.size === 0) throw emptyCapture(basename(path));
    const bytes = new Uint8Array(stats.size);
    const read = readSync(fd, bytes, 0, stats.size, 0);
    return bytes.subarray(0, read);
  } catch (thrown) {
    if (thrown instanceof CaptureError) throw thrown;
    const code = (thrown as NodeJS.ErrnoException).code;
    throw new CaptureError(
      code === "ENOENT"
        ? `There is no file at ${path}. Give the path of a saved page, a PDF or a text file, or an http(s) address.`
        : `${path} cannot be read (${code ?? (thrown as Error).message}).`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The error for a capture with nothing in it: `what` names the file or the address. */
export function emptyCapture(what: string): CaptureError {
  return new CaptureError(
    `${what} is empty: there is no text to archive. Save the page again once it has loaded, or check that you gave the right file.`,
  );
}
