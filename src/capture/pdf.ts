/**
 * A PDF to Markdown with pdf.js (through unpdf, which ships a build of it for
 * Node without a canvas or a worker): the text of each page, read line by
 * line, then laid out as a reader reads it (pdf-layout.ts): no running
 * headers, footers or page numbers, paragraphs kept whole across pages, words
 * split at a line's end joined again. Where each page starts is kept as data
 * (`pageLines`), not written into the text, so a passage that runs across a
 * page can be quoted.
 */
import { getDocumentProxy } from "unpdf";
import { CaptureError } from "./errors.ts";
import type { PageMetadata } from "./metadata.ts";
import { type Line, layOut } from "./pdf-layout.ts";

/** A PDF read as text. */
export interface PdfText {
  markdown: string;
  metadata: PageMetadata;
  pages: number;
  /** The line of `markdown` on which each page starts, page 1 first (empty when unknown). */
  pageLines: number[];
}

/** PDFs with more pages than this are refused: split the document into several sources. */
export const MAX_PAGES = 500;

/** Extracts the text of the PDF `bytes`. */
export async function extractPdf(bytes: Uint8Array): Promise<PdfText> {
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    document = await getDocumentProxy(new Uint8Array(bytes), {
      isEvalSupported: false,
      verbosity: 0,
    });
  } catch (thrown) {
    const name = (thrown as Error).name;
    if (name === "PasswordException") {
      throw new CaptureError(
        "This PDF is protected by a password, so its text cannot be read. Import a copy without a password, or a plain text copy of it.",
      );
    }
    throw new CaptureError(
      `This file cannot be read as a PDF (${(thrown as Error).message}). Download it again, or import a plain text copy of it.`,
    );
  }
  try {
    if (document.numPages > MAX_PAGES) {
      throw new CaptureError(
        `This PDF has ${document.numPages} pages, more than the ${MAX_PAGES} a source may hold. Import the pages you cite as a separate PDF.`,
      );
    }
    const pages: Line[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(linesOf(content.items));
      page.cleanup();
    }
    if (pages.every((lines) => lines.length === 0)) {
      throw new CaptureError(
        "This PDF has no text layer: its pages are images (a scan). Run it through character recognition (OCR) first, or import a plain text copy of it.",
      );
    }
    const { markdown, pageLines } = layOut(pages);
    const { info } = (await document.getMetadata()) as unknown as { info: Record<string, unknown> };
    const title =
      typeof info.Title === "string" && info.Title.trim() ? info.Title.trim() : undefined;
    const author =
      typeof info.Author === "string" && info.Author.trim() ? info.Author.trim() : undefined;
    const lang =
      typeof info.Language === "string" && info.Language.trim() ? info.Language.trim() : undefined;
    return {
      markdown,
      metadata: {
        title: title ? { value: title, origin: "PDF" } : undefined,
        author: author ? { value: [author], origin: "PDF" } : undefined,
        lang: lang ? { value: lang, origin: "PDF" } : undefined,
      },
      pages: document.numPages,
      pageLines,
    };
  } finally {
    await document.destroy();
  }
}

function linesOf(items: readonly unknown[]): Line[] {
  const lines: Line[] = [];
  let text = "";
  let y: number | undefined;
  let size = 0;
  const end = () => {
    if (text.trim() !== "") lines.push({ text: text.trimEnd(), y: y ?? 0, size });
    text = "";
    y = undefined;
    size = 0;
  };
  for (const item of items) {
    if (typeof item !== "object" || item === null || !("str" in item)) continue;
    const { str, hasEOL, transform, height } = item as {
      str: string;
      hasEOL: boolean;
      transform: number[];
      height: number;
    };
    if (str.trim() !== "") {
      y ??= transform[5];
      size = Math.max(size, height);
    }
    text += str;
    if (hasEOL) end();
  }
  end();
  return lines;
}
