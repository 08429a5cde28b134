/** What kind of capture a file or an answer holds: decided by its first bytes, then its type or name. */

/** The kinds of capture the importer reads. */
export type CaptureKind = "html" | "pdf" | "text";

/** The file extension a capture of each kind is kept under. */
export const EXTENSIONS: Record<CaptureKind, string> = { html: "html", pdf: "pdf", text: "txt" };

/** The kind of `bytes`, given a file name or a Content-Type; undefined when it is none of them. */
export function captureKind(
  bytes: Uint8Array,
  name = "",
  contentType = "",
): CaptureKind | undefined {
  const utf16 = utf16Bom(bytes);
  // A UTF-16 text announces itself with a byte-order mark (Windows' Notepad writes one).
  const head = new TextDecoder(utf16 ?? "latin1").decode(bytes.subarray(0, 1024));
  if (head.startsWith("%PDF-")) return "pdf";
  // Text has no NUL byte in its first kilobyte.
  if (head.includes("\0")) return undefined;
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/plain") return "text";
  if (/\.(html?|xhtml)$/i.test(name)) return "html";
  if (/\.(txt|text|md)$/i.test(name)) return "text";
  return /^\s*(?:\uFEFF|ï»¿)?\s*<(?:!doctype|html|head|body|!--)/i.test(head) ? "html" : "text";
}

function utf16Bom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}
