/**
 * Bytes of a web page to text, as a browser decodes them: a byte-order mark
 * first, then the charset of the HTTP header, then a `<meta charset>` near the
 * top; a page that declares nothing is read as UTF-8 when it is valid UTF-8,
 * and as Windows-1252 otherwise (what browsers assume for a Western page).
 */

/** The text of `bytes` and the encoding it was read with. */
export interface Decoded {
  text: string;
  encoding: string;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;

/** Decodes `bytes`; `headerCharset` is the charset of the HTTP Content-Type, when fetched. */
export function decodePage(bytes: Uint8Array, headerCharset?: string): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  // A meta tag must stand in the first 1024 bytes; ASCII is enough to read it.
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, 1024));
  for (const label of [headerCharset, META_CHARSET.exec(head)?.[1]]) {
    const decoder = decoderFor(label);
    if (decoder) return { text: decoder.decode(bytes), encoding: decoder.encoding };
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

/** The charset named in a Content-Type header value, if any. */
export function charsetOf(contentType: string | null | undefined): string | undefined {
  return /charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? "")?.[1];
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    // Browsers never honour a UTF-16 label inside the page itself: it is read as UTF-8.
    const decoder = new TextDecoder(label.trim());
    return decoder.encoding.startsWith("utf-16") ? new TextDecoder("utf-8") : decoder;
  } catch {
    return undefined;
  }
}
