/**
 * The source file an import writes: front matter from what the capture says
 * of itself, each value with where it was read, and the archived text below.
 * A field the capture does not give is left empty (required) or commented out
 * (optional), with a comment that says so: `npm run check` then names each
 * required one on its line, and nothing is invented.
 */
import { privateHost } from "../core/schema/private-address.ts";
import { dayOf, languageOf, type Origin, originComment, type PageMetadata } from "./metadata.ts";

/** The record of the original bytes, written as the source's `capture` field. */
export interface CaptureRecord {
  /** Path of the capture, relative to the content folder (`captures/<id>.html`). */
  file: string;
  sha256: string;
  /** `YYYY-MM-DD`. */
  retrieved: string;
  /** The address the bytes were fetched from, after redirects, when fetched. */
  fetched?: string | undefined;
  /** For a PDF: the line of the body on which each page starts, page 1 first. */
  pages?: readonly number[] | undefined;
}

/** What a source file is made of. */
export interface SourceParts {
  metadata: PageMetadata;
  markdown: string;
  capture: CaptureRecord;
  /** `YYYY-MM-DD`: the `archived` date. */
  today: string;
  /** The addresses a fetch was redirected through, first to last, when fetched. */
  redirects?: readonly string[] | undefined;
}

/** The text of the source file, and the required fields left for the contributor to fill. */
export function sourceFile(parts: SourceParts): { text: string; missing: string[] } {
  const { metadata, capture, today } = parts;
  const missing: string[] = [];
  const lines = ["---", "# yaml-language-server: $schema=../../public/schemas/source.schema.json"];
  const from = (origin: Origin | undefined) => `# ${origin ? originComment(origin) : ""}`;

  const required = (
    name: string,
    value: string | undefined,
    origin: Origin | undefined,
    note?: string,
  ) => {
    if (value === undefined) {
      missing.push(name);
      lines.push(
        `# ${note ?? `The capture does not say; write it, or "Non renseigné".`}`,
        `${name}:`,
      );
    } else {
      lines.push(from(origin), `${name}: ${quote(value)}`);
    }
  };
  required("title", metadata.title?.value, metadata.title?.origin);
  required("publisher", metadata.publisher?.value, metadata.publisher?.origin);
  const written = metadata.published?.value;
  const day = written === undefined ? undefined : dayOf(written);
  if (day === undefined) {
    missing.push("published");
    lines.push(
      written === undefined
        ? "# The capture gives no date of publication: find it on the original, YYYY-MM-DD."
        : `# The page gives ${quote(written)}, which is not a date: write it as YYYY-MM-DD.`,
      "published:",
    );
  } else {
    lines.push(
      day === written
        ? from(metadata.published?.origin)
        : `# ${metadata.published ? originComment(metadata.published.origin).replace(/\.$/, "") : ""}: ${quote(written ?? "")}.`,
      `published: ${day}`,
    );
  }
  const optional = (name: string, value: string | undefined, origin: Origin | undefined) => {
    if (value === undefined) lines.push(`# ${name}: not given by the capture.`);
    else lines.push(from(origin), `${name}: ${value}`);
  };
  const authors = metadata.author?.value;
  optional(
    "author",
    authors === undefined
      ? undefined
      : authors.length === 1
        ? quote(authors[0] ?? "")
        : `[${authors.map(quote).join(", ")}]`,
    metadata.author?.origin,
  );
  const lang = metadata.lang ? languageOf(metadata.lang.value) : undefined;
  optional("lang", lang, metadata.lang?.origin);
  const url = metadata.url?.value;
  const internal = url === undefined ? undefined : privateHost(url);
  if (url !== undefined && internal) {
    // Fetched with --allow-private-network: the check refuses such a host in url.
    lines.push(
      `# url: ${quote(url)} is on a private network (${internal.range}), which the check refuses here; write the document's public address if it has one.`,
    );
  } else {
    optional(
      "url",
      url && /^https?:\/\//i.test(url) ? quote(url) : undefined,
      metadata.url?.origin,
    );
  }
  if (parts.redirects && parts.redirects.length > 1) {
    lines.push("# Redirected from:", ...parts.redirects.slice(0, -1).map((hop) => `#   ${hop}`));
  }
  lines.push(
    `archived: ${today}`,
    "# The original bytes, kept as evidence: npm run check verifies their hash.",
    "capture:",
    `  file: ${capture.file}`,
    `  sha256: ${capture.sha256}`,
    `  retrieved: ${capture.retrieved}`,
    ...(capture.fetched === undefined
      ? []
      : ["  # The address the bytes were fetched from.", `  fetched: ${quote(capture.fetched)}`]),
    ...(capture.pages === undefined || capture.pages.length === 0
      ? []
      : [
          "  # The line of the text below on which each page of the PDF starts, page 1 first.",
          `  pages: [${capture.pages.join(", ")}]`,
        ]),
    "---",
    parts.markdown,
    "",
  );
  return { text: lines.join("\n"), missing };
}

/** A YAML double-quoted scalar: JSON's string syntax is YAML's, and keeps every character as it is. */
function quote(value: string): string {
  return JSON.stringify(value);
}
