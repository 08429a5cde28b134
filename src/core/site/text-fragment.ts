/**
 * Links to a passage of the original article with a URL text fragment
 * (WICG "Text Fragments": `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`),
 * which browsers scroll to and highlight.
 */

/** A quoted passage as it stands in the archived text, with its context. */
export interface TextFragmentPart {
  /** The passage, original characters. */
  exact: string;
  /** Text just before it, possibly cut mid-word at its far end; may be empty. */
  prefix: string;
  /** Text just after it, possibly cut mid-word at its far end; may be empty. */
  suffix: string;
}

// Above this many words a passage is given by its first and last words: the
// link stays short, and a small difference in the middle (a dash, a space the
// archive lost) does not break it.
const LONG = 8;
const EDGE = 4;
const CONTEXT = 3;
const SPACE = /\s+/u;
// A "word" has a letter or digit: `«`, `»` or `—` between words are carried, not counted.
const WORD = /[\p{L}\p{N}]/u;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;

/**
 * Returns `url` with its `#hash` replaced by a text fragment that selects each
 * of `parts`, one `text=` directive per part, joined by `&`.
 *
 * White space runs become one space; other characters are kept as written.
 * A passage of more than eight words is given as its first four and last
 * four words (`textStart,textEnd`); a word has a letter or a digit, and
 * punctuation standing alone (`«`, `—`) goes along with its neighbours. Up to
 * three words of context go before (`prefix-`) and after (`-suffix`) when
 * there are any; context never crosses a line break (a browser matches each
 * term within one block) nor uses a word the context may have cut in half.
 * Parts with no text are skipped, and with none left the url is returned
 * without a hash.
 */
export function textFragmentUrl(url: string, parts: readonly TextFragmentPart[]): string {
  const hash = url.indexOf("#");
  const base = hash === -1 ? url : url.slice(0, hash);
  const directives = parts.map(textDirective).filter((directive) => directive !== "");
  return directives.length === 0 ? base : `${base}#:~:${directives.join("&")}`;
}

/** The `text=` directive of one part, or `""` when it has no text. */
function textDirective(part: TextFragmentPart): string {
  const tokens = tokensOf(part.exact);
  if (tokens.length === 0) return "";
  const terms =
    tokens.filter((token) => WORD.test(token)).length > LONG
      ? [firstWords(tokens, EDGE), lastWords(tokens, EDGE)]
      : [tokens.join(" ")];
  const prefix = contextBefore(part.prefix);
  const suffix = contextAfter(part.suffix);
  const fields = terms.map(encodeTerm);
  if (prefix !== "") fields.unshift(`${encodeTerm(prefix)}-`);
  if (suffix !== "") fields.push(`-${encodeTerm(suffix)}`);
  return `text=${fields.join(",")}`;
}

/** The last words of `prefix` that surely are whole words of the passage's block. */
function contextBefore(prefix: string): string {
  const lines = prefix.split(LINE_BREAK);
  const line = lines[lines.length - 1] ?? "";
  const tokens = tokensOf(line);
  // Without white space or a line break before it, the first word may be cut.
  if (lines.length === 1 && !/^\s/u.test(line)) tokens.shift();
  return lastWords(tokens, CONTEXT);
}

/** The first words of `suffix` that surely are whole words of the passage's block. */
function contextAfter(suffix: string): string {
  const lines = suffix.split(LINE_BREAK);
  const line = lines[0] ?? "";
  const tokens = tokensOf(line);
  if (lines.length === 1 && !/\s$/u.test(line)) tokens.pop();
  return firstWords(tokens, CONTEXT);
}

function tokensOf(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === "" ? [] : trimmed.split(SPACE);
}

/** The tokens up to and including the `count`-th word. */
function firstWords(tokens: string[], count: number): string {
  let words = 0;
  const end = tokens.findIndex((token) => WORD.test(token) && ++words === count);
  return (end === -1 ? tokens : tokens.slice(0, end + 1)).join(" ");
}

/** The tokens from the `count`-th word before the end. */
function lastWords(tokens: string[], count: number): string {
  let words = 0;
  const start = tokens.findLastIndex((token) => WORD.test(token) && ++words === count);
  return (start === -1 ? tokens : tokens.slice(start)).join(" ");
}

/** Percent-encodes a term, including the `-`, `,` and `&` the syntax reserves. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, "%2D");
}
