/**
 * One import: a saved page, a PDF, a plain text or an address becomes a
 * source file and its capture. The original bytes are kept under
 * `captures/<id>.<ext>` with their SHA-256 in the source's front matter; the
 * source file is written from the capture's text and metadata. Nothing is
 * overwritten, and the written body is within what the check accepts.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { MAX_FILE_BYTES } from "../core/content/content-file.ts";
import { parseMarkdown } from "../core/content/markdown.ts";
import { markdownLimitProblem } from "../core/content/markdown-limits.ts";
import { markupProblems } from "../core/content/markup.ts";
import { MAX_CAPTURE_BYTES } from "../core/schema/capture-file.ts";
import { canonicalAddress } from "./canonical-address.ts";
import { charsetOf } from "./decode.ts";
import { findDuplicate } from "./duplicates.ts";
import { CaptureError } from "./errors.ts";
import { type ExtractLimits, extractInWorker } from "./extract-worker.ts";
import { type FetchOptions, fetchPage } from "./fetch.ts";
import { type CaptureKind, captureKind, EXTENSIONS } from "./kind.ts";
import type { PageMetadata } from "./metadata.ts";
import { emptyCapture, readCapture } from "./read-capture.ts";
import { sourceFile } from "./source-file.ts";
import { sourceId } from "./source-id.ts";
import { textWarnings } from "./text-warnings.ts";

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
  /** What the contributor should look at in the text: a wrong charset. */
  warnings: string[];
}

/** Imports `input`, a file path or an http(s) address. Throws a {@link CaptureError} with what to do. */
export async function importSource(input: string, options: ImportOptions): Promise<Imported> {
  const fetched = /^https?:\/\//i.test(input) ? await download(input, options) : undefined;
  const bytes = fetched?.bytes ?? readCapture(input);
  if (bytes.byteLength === 0) throw emptyCapture(fetched ? fetched.url : basename(input));
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
  if (extracted.markdown.trim() === "") throw emptyCapture(fetched ? fetched.url : basename(input));
  const metadata = citedAddress(extracted.metadata, fetched?.url);
  // Before the text is parsed: parsing 4 MB takes seconds.
  refuseSize(extracted.markdown);
  const limit = markdownLimitProblem(extracted.markdown);
  if (limit)
    throw new CaptureError(`The capture's text is too large for one source. ${limit.reason}`);
  const left = markupProblems(parseMarkdown(extracted.markdown));
  if (left.length > 0)
    throw new CaptureError(`The capture's text holds markup the check refuses: ${left[0]?.reason}`);

  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const duplicate = findDuplicate(options.content, {
    url: metadata.url?.value,
    fetched: fetched?.url,
    sha256,
    markdown: extracted.markdown,
  });
  if (duplicate) {
    const why = {
      address: "the same address",
      capture: "the same original file",
      text: "the same text",
    }[duplicate.why];
    throw new CaptureError(
      `This page is already archived: ${duplicate.file} has ${why}. Cite that source, or remove it first if this capture is to replace it. Nothing was written.`,
    );
  }
  const id = sourceId(
    options.id,
    metadata.title?.value,
    fetched ? new URL(fetched.url).pathname : input,
  );
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
  const { text, missing } = sourceFile({
    metadata,
    markdown: extracted.markdown,
    capture: {
      file: captureName,
      sha256,
      retrieved: options.today,
      fetched: fetched?.url,
      pages: extracted.pageLines,
    },
    today: options.today,
    redirects: fetched?.redirects,
  });
  refuseSize(text);
  writeFiles(options.content, [
    [capturePath, bytes],
    [sourcePath, text],
  ]);
  const warnings = textWarnings(extracted.markdown, extracted.encoding);
  return { id, kind, sourcePath, capturePath, bytes: bytes.byteLength, sha256, missing, warnings };
}

/** Refuses a source file larger than the check accepts (`text`: the file, or its body alone). */
function refuseSize(text: string): void {
  const size = Buffer.byteLength(text);
  if (size > MAX_FILE_BYTES) {
    throw new CaptureError(
      `The source file would be ${(size / 1048576).toFixed(1)} MB, more than the ${MAX_FILE_BYTES / 1048576} MB the check accepts. Import the article alone (the browser's reader view), or the pages you cite. Nothing was written.`,
    );
  }
}

/** The metadata with the address to cite: canonical, without tracking (canonical-address.ts). */
function citedAddress(metadata: PageMetadata, fetched: string | undefined): PageMetadata {
  const cited = canonicalAddress(fetched, metadata.url?.value);
  if (cited === undefined) return { ...metadata, url: undefined };
  const origin = cited.declared && metadata.url ? metadata.url.origin : ("fetch" as const);
  return { ...metadata, url: { value: cited.url, origin } };
}

/**
 * Writes each file new (never over one), or none: a file written before one
 * that fails is removed, and the failure is a sentence, never a stack trace.
 */
function writeFiles(content: string, files: ReadonlyArray<[string, Uint8Array | string]>): void {
  const written: string[] = [];
  try {
    mkdirSync(join(content, "captures"), { recursive: true });
    mkdirSync(join(content, "sources"), { recursive: true });
    for (const [path, data] of files) {
      writeFileSync(path, data, { flag: "wx" });
      written.push(path);
    }
  } catch (thrown) {
    for (const path of written) rmSync(path, { force: true });
    const error = thrown as NodeJS.ErrnoException;
    throw new CaptureError(
      `The import could not write ${error.path ?? content} (${error.code ?? error.message}), so nothing was written. Check that the content folder is writable and has room.`,
    );
  }
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
