/** A capture's bytes to Markdown and metadata, by kind: what runs inside the extraction worker. */
import { decodePage } from "./decode.ts";
import { extractArticle } from "./html.ts";
import type { CaptureKind } from "./kind.ts";
import type { PageMetadata } from "./metadata.ts";
import { extractPdf } from "./pdf.ts";
import { textToMarkdown } from "./text.ts";

/** What to extract. */
export interface ExtractRequest {
  kind: CaptureKind;
  bytes: Uint8Array;
  /** The page's address, for its relative links. */
  base?: string | undefined;
  /** The charset of the HTTP Content-Type, when fetched. */
  charset?: string | undefined;
}

/** The text of a capture and what it says of itself. */
export interface Extracted {
  markdown: string;
  metadata: PageMetadata;
  /** The encoding the text was read with (not for a PDF). */
  encoding?: string | undefined;
  /** For a PDF: the line of `markdown` on which each page starts, page 1 first. */
  pageLines?: number[] | undefined;
}

/** Extracts the text and metadata of a capture. */
export async function extractCapture(request: ExtractRequest): Promise<Extracted> {
  if (request.kind === "pdf") {
    const { markdown, metadata, pageLines } = await extractPdf(request.bytes);
    return { markdown, metadata, pageLines };
  }
  const { text, encoding } = decodePage(request.bytes, request.charset);
  if (request.kind === "text") return { markdown: textToMarkdown(text), metadata: {}, encoding };
  const { markdown, metadata } = extractArticle(text, request.base);
  return { markdown, metadata, encoding };
}
