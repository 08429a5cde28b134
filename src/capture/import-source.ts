/**
 * One import: a saved page, a PDF, a plain text or an address becomes a
 * source file and its capture. The original bytes are kept under
 * `captures/<id>.<ext>` with their SHA-256 in the source's front matter; the
 * source file is written from the capture's text and metadata. Nothing is
 * overwritten, and the written body is within what the check accepts.
 */
import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  writeFileSync,
} from "node:fs";
import { basename, join } from "node:path";
import { MAX_CAPTURE_BYTES } from "../core/content/capture-hash.ts";
import { markdownLimitProblem } from "../core/content/markdown-limits.ts";
import { markupProblems } from "../core/content/markup.ts";
import { parseMarkdown } from "../core/quote/passages.ts";
import { ID_PATTERN } from "../core/schema/fields.ts";
import { charsetOf } from "./decode.ts";
import { CaptureError } from "./errors.ts";
import { type ExtractLimits, extractInWorker } from "./extract-worker.ts";
import { type FetchOptions, fetchPage } from "./fetch.ts";
import { type CaptureKind, captureKind, EXTENSIONS } from "./kind.ts";
import { sourceFile } from "./source-file.ts";

export { MAX_CAPTURE_BYTES };

/** What an import is told. */
export interface ImportOptions {
  /** The content folder. */
  content: string;
  /** The source's id; by default made from the capture's title or name. */
  id?: string | undefined;
  /** `YYYY-MM-DD`: the `archived` and `retrieved` dates. */
  today: string;
  /** How to fetch an address. */
  fetch: Omit<FetchOptions, "maxBytes"> & { maxBytes?: number };
  /** Bounds of the extraction. */
  limits?: ExtractLimits | undefined;
}

/** What an import wrote. */
export interface Imported {
  id: string;
  kind: CaptureKind;
  /** Absolute paths of the files written. */
  sourcePath: string;
  capturePath: string;
  bytes: number;
  sha256: string;
  /** Required fields left empty for the contributor. */
  missing: string[];
}

/** Imports `input`, a file path or an http(s) address. Throws a {@link CaptureError} with what to do. */
export async function importSource(input: string, options: ImportOptions): Promise<Imported> {
  const fetched = /^https?:\/\//i.test(input) ? await download(input, options) : undefined;
  const bytes = fetched?.bytes ?? readCapture(input);
  const kind = captureKind(bytes, fetched ? "" : input, fetched?.contentType);
  if (!kind) {
    throw new CaptureError(
      `${fetched ? fetched.url : basename(input)} is neither a web page, a PDF nor a plain text. Save the page as HTML, or download the PDF.`,
    );
  }
  const extracted = await extractInWorker(
    { kind, bytes, base: fetched?.url, charset: charsetOf(fetched?.contentType) },
    options.limits,
  );
  const metadata = fetched
    ? { ...extracted.metadata, url: { value: fetched.url, origin: "fetch" as const } }
    : extracted.metadata;
  const limit = markdownLimitProblem(extracted.markdown);
  if (limit)
    throw new CaptureError(`The capture's text is too large for one source. ${limit.reason}`);
  const left = markupProblems(parseMarkdown(extracted.markdown));
  if (left.length > 0)
    throw new CaptureError(`The capture's text holds markup the check refuses: ${left[0]?.reason}`);

  const id =
    options.id ?? idFor(metadata.title?.value, fetched ? new URL(fetched.url).pathname : input);
  if (!ID_PATTERN.test(id)) {
    throw new CaptureError(
      `"${id}" is not a valid id: use lowercase letters, digits and hyphens, such as maire-entretien-8h30.`,
    );
  }
  const captureName = `captures/${id}.${EXTENSIONS[kind]}`;
  const capturePath = join(options.content, captureName);
  const sourcePath = join(options.content, "sources", `${id}.md`);
  for (const path of [sourcePath, capturePath]) {
    if (existsSync(path)) {
      throw new CaptureError(
        `${path} already exists, and an import never overwrites a file. Choose another id with --id.`,
      );
    }
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const { text, missing } = sourceFile({
    metadata,
    markdown: extracted.markdown,
    capture: { file: captureName, sha256, retrieved: options.today },
    today: options.today,
    redirects: fetched?.redirects,
  });
  mkdirSync(join(options.content, "captures"), { recursive: true });
  mkdirSync(join(options.content, "sources"), { recursive: true });
  writeFileSync(capturePath, bytes, { flag: "wx" });
  writeFileSync(sourcePath, text, { flag: "wx" });
  return { id, kind, sourcePath, capturePath, bytes: bytes.byteLength, sha256, missing };
}

async function download(address: string, options: ImportOptions) {
  const result = await fetchPage(address, { maxBytes: MAX_CAPTURE_BYTES, ...options.fetch });
  if (result.kind === "failed") throw new CaptureError(`${result.message} Nothing was written.`);
  if (result.status < 200 || result.status >= 300) {
    throw new CaptureError(
      `${result.url} answered with HTTP status ${result.status}, not a page. Check the address, or save the page from your browser and import the file.`,
    );
  }
  return result;
}

/** Reads a capture file, its size checked before anything is read. */
function readCapture(path: string): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const { size } = fstatSync(fd);
    if (!fstatSync(fd).isFile()) throw new CaptureError(`${path} is not a file.`);
    if (size > MAX_CAPTURE_BYTES) {
      throw new CaptureError(
        `${basename(path)} is ${(size / 1048576).toFixed(1)} MB, more than the ${MAX_CAPTURE_BYTES / 1048576} MB a capture may hold. Save the page without its images (HTML only), or the article alone.`,
      );
    }
    const bytes = new Uint8Array(size);
    readSync(fd, bytes, 0, size, 0);
    return bytes;
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

/** An id from the title, else from the file or address's last name: its first six words, as a slug. */
function idFor(title: string | undefined, name: string): string {
  const from = title ?? basename(name).replace(/\.[a-z0-9]+$/i, "");
  return from
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .slice(0, 6)
    .join("-");
}
