/**
 * Signs that a capture was read with the wrong character set: UTF-8 read as a
 * Western charset ("votÃ©" for "voté", "â€™" for "’") and U+FFFD, the mark a
 * decoder leaves for bytes it could not read. The import still writes the
 * text (the capture is the evidence), and says what it saw and how it read it.
 */

// UTF-8's lead bytes of Latin letters and punctuation (Ã, Â, â€) followed by a
// continuation byte, as Windows-1252 or Latin-1 shows them.
const MOJIBAKE =
  /(?:Ã|Â)[\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]|â€/u;

/** Warnings about the text of a capture read as `encoding` (undefined for a PDF). */
export function textWarnings(text: string, encoding: string | undefined): string[] {
  const read = encoding ? `read as ${encoding}` : "read from the PDF";
  const warnings: string[] = [];
  const mojibake = MOJIBAKE.exec(text);
  if (mojibake) {
    warnings.push(
      `The text holds "${wordAt(text, mojibake.index)}" (${read}): this is UTF-8 read with the wrong character set, the one the page declares or its server sent. Save the page again in UTF-8 (or fix its <meta charset>) and import that copy.`,
    );
  }
  const replaced = [...text.matchAll(/\uFFFD/g)];
  if (replaced.length > 0) {
    const count =
      replaced.length === 1
        ? "one replacement character"
        : `${replaced.length} replacement characters`;
    warnings.push(
      `The text holds ${count} (�, first in "${wordAt(text, replaced[0]?.index ?? 0)}"): bytes that could not be ${read}. Compare the text with the original, and import a copy saved in UTF-8.`,
    );
  }
  return warnings;
}

/** The word around `index`, at most 40 characters. */
function wordAt(text: string, index: number): string {
  let start = index;
  let end = index;
  while (start > 0 && index - start < 20 && !/\s/.test(text[start - 1] ?? " ")) start--;
  while (end < text.length && end - index < 20 && !/\s/.test(text[end] ?? " ")) end++;
  return text.slice(start, end);
}
