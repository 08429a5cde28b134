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
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.startsWith("%PDF-")) return "pdf";
  // Text has no NUL byte in its first kilobyte (UTF-16 aside, which pages do not use).
  if (head.includes("\0")) return undefined;
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "text/html" || type === "application/xhtml+xml") return "html";
  if (type === "text/plain") return "text";
  if (/\.(html?|xhtml)$/i.test(name)) return "html";
  if (/\.(txt|text|md)$/i.test(name)) return "text";
  return /^\s*(?:\uFEFF|ï»¿)?\s*<(?:!doctype|html|head|body|!--)/i.test(head) ? "html" : "text";
}
