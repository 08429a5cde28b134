/**
 * A PDF to Markdown, page by page, with pdf.js (through unpdf, which ships a
 * build of it for Node without a canvas or a worker). Each page starts with a
 * heading "Page N", so that a reader of the source page sees where a passage
 * stands in the original. Lines are joined into paragraphs where the vertical
 * gap between them is no larger than the page's usual line spacing.
 *
 * A word split across two lines by a hyphen is joined again only when the
 * document itself has the whole word and not the hyphenated one elsewhere
 * ("gouverne-" + "ment" when "gouvernement" stands in it): a real hyphen at
 * the end of a line ("anti-" + "drogue") is never removed on a guess.
 */
import type { Heading, Paragraph, RootContent } from "mdast";
import { getDocumentProxy } from "unpdf";
import { CaptureError } from "./errors.ts";
import { treeToMarkdown } from "./markdown.ts";
import type { PageMetadata } from "./metadata.ts";

/** A PDF read as text. */
export interface PdfText {
  markdown: string;
  metadata: PageMetadata;
  pages: number;
}

interface Line {
  text: string;
  /** The baseline's height on the page. */
  y: number;
  /** The font size of the line's largest text. */
  size: number;
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
    const words = wordsOf(pages);
    const nodes: RootContent[] = [];
    pages.forEach((lines, index) => {
      nodes.push(heading(`Page ${index + 1}`));
      for (const paragraph of paragraphsOf(lines))
        nodes.push(textParagraph(join(paragraph, words)));
    });
    const { info } = (await document.getMetadata()) as unknown as { info: Record<string, unknown> };
    const title =
      typeof info.Title === "string" && info.Title.trim() ? info.Title.trim() : undefined;
    const author =
      typeof info.Author === "string" && info.Author.trim() ? info.Author.trim() : undefined;
    const lang =
      typeof info.Language === "string" && info.Language.trim() ? info.Language.trim() : undefined;
    return {
      markdown: treeToMarkdown({ type: "root", children: nodes }),
      metadata: {
        title: title ? { value: title, origin: "PDF" } : undefined,
        author: author ? { value: [author], origin: "PDF" } : undefined,
        lang: lang ? { value: lang, origin: "PDF" } : undefined,
      },
      pages: document.numPages,
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

/**
 * Groups lines into paragraphs: a line whose baseline stands more than 1.6
 * times its font size below the one before starts a new paragraph (single and
 * one-and-a-half spacing stay within it; a paragraph's margin does not).
 */
function paragraphsOf(lines: readonly Line[]): string[][] {
  const paragraphs: string[][] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const gap = previous ? Math.abs(previous.y - line.y) : Number.POSITIVE_INFINITY;
    const size = Math.max(line.size, previous?.size ?? 0) || 10;
    if (gap > size * 1.6) paragraphs.push([line.text]);
    else paragraphs.at(-1)?.push(line.text);
    previous = line;
  }
  return paragraphs;
}

const WORD = /[\p{L}\p{M}-]+/gu;

function wordsOf(pages: readonly Line[][]): Set<string> {
  const words = new Set<string>();
  for (const lines of pages) {
    for (const { text } of lines)
      for (const word of text.match(WORD) ?? []) words.add(word.toLowerCase());
  }
  return words;
}

/** Joins a paragraph's lines with a space, or with nothing where a word was split at the line's end. */
function join(lines: readonly string[], words: ReadonlySet<string>): string {
  let text = lines[0] ?? "";
  for (const line of lines.slice(1)) {
    if (text.endsWith("\u00AD")) {
      text = text.slice(0, -1) + line.trimStart();
      continue;
    }
    const head = /([\p{L}\p{M}]+)-$/u.exec(text)?.[1];
    const tail = /^([\p{L}\p{M}]+)/u.exec(line.trimStart())?.[1];
    if (head && tail) {
      const whole = (head + tail).toLowerCase();
      const hyphenated = `${head}-${tail}`.toLowerCase();
      text =
        words.has(whole) && !words.has(hyphenated)
          ? text.slice(0, -1) + line.trimStart()
          : text + line.trimStart();
      continue;
    }
    text += ` ${line.trimStart()}`;
  }
  return text;
}

function heading(value: string): Heading {
  return { type: "heading", depth: 2, children: [{ type: "text", value }] };
}

function textParagraph(value: string): Paragraph {
  return { type: "paragraph", children: [{ type: "text", value }] };
}
