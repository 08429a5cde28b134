/**
 * YAML parsing that remembers where every field was written, so that a
 * diagnostic points at the line of the offending key. YAML 1.2 core schema:
 * `2026-13-45` stays a text (the schema then says it is no date), and
 * `yes`/`no` stay texts too.
 */
import jsYaml from "js-yaml";
import { type Document, isMap, isPair, isScalar, isSeq, type Node, parseDocument } from "yaml";

/** Parsed YAML, or why it could not be parsed. */
export type YamlResult =
  | { ok: true; data: unknown; document: Document }
  | { ok: false; reason: string; offset: number };

/**
 * How many times aliases may be expanded: far more than real front matter
 * needs, far fewer than a "billion laughs" bomb expands to.
 */
const MAX_ALIAS_COUNT = 100;

/** Parses `source`; errors carry the offset in `source` where YAML saw them. */
export function parseYaml(source: string): YamlResult {
  if (nestedTooDeeply(source)) return { ok: false, reason: NESTED, offset: 0 };
  let document: Document;
  try {
    document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  } catch (thrown) {
    // Lists in lists thousands deep exhaust the parser's stack: a bomb, not front matter.
    if (!(thrown instanceof RangeError)) throw thrown;
    return { ok: false, reason: NESTED, offset: 0 };
  }
  const error = document.errors[0];
  if (error) {
    // Where the stack ran out depends on the machine: point at the front matter instead.
    if (/call stack/i.test(error.message)) return { ok: false, reason: NESTED, offset: 0 };
    if (error.code === "DUPLICATE_KEY") {
      const key = /^[^:\n]*/.exec(source.slice(error.pos[0]))?.[0].trim() ?? "";
      const reason = `The field ${JSON.stringify(key.replace(/^["']|["']$/g, ""))} is written a second time here. Keep one of the two.`;
      return { ok: false, reason, offset: error.pos[0] };
    }
    const colon =
      error.code === "BLOCK_AS_IMPLICIT_KEY" ? colonInValue(source, error.pos[0]) : undefined;
    return { ok: false, reason: colon ?? sentence(error.message), offset: error.pos[0] };
  }
  try {
    return { ok: true, data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), document };
  } catch (thrown) {
    const reason = /alias/i.test(String(thrown))
      ? `Its aliases expand to more than ${MAX_ALIAS_COUNT} nodes; write the values out instead.`
      : thrown instanceof RangeError
        ? NESTED
        : sentence(String(thrown));
    return { ok: false, reason, offset: 0 };
  }
}

const NESTED = "Its values are nested too deeply; write the fields as `name: value` lines.";

const TOKEN_START = /[\s[{,:-]/;

/** Far deeper than front matter goes (citations are two levels), far shallower than a bomb. */
const MAX_FLOW_DEPTH = 64;

/**
 * Whether more than {@link MAX_FLOW_DEPTH} `[` or `{` stand open at once outside
 * quoted text: checked before parsing, because the parsers meet such nesting by
 * allocating until their stack runs out (over 100 MB for 100 000 levels).
 */
function nestedTooDeeply(source: string): boolean {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quote !== "") {
      if (char === "\\" && quote === '"') i++;
      else if (char === quote) quote = "";
    } else if ((char === '"' || char === "'") && TOKEN_START.test(source[i - 1] ?? " ")) {
      // A quoted scalar starts a token; an apostrophe inside plain text does not.
      quote = char;
    } else if (char === "[" || char === "{") {
      if (++depth > MAX_FLOW_DEPTH) return true;
    } else if ((char === "]" || char === "}") && depth > 0) depth--;
  }
  return false;
}

// An alias (`*name`) where a value can start: the one YAML feature whose cost
// can explode, handled by the careful parser that limits expansion.
const ALIAS = /(?:^|[\s,[{:-])\*[^\s,\]}]/m;

/**
 * Parses `source` fast (js-yaml, same YAML 1.2 core schema), falling back to
 * {@link parseYaml} for text with aliases or errors, whose reports it words.
 * Positions are not needed for content without problems, so they are computed
 * only when a diagnostic asks for one ({@link parseYaml} then).
 */
export function parseYamlFast(source: string): { ok: true; data: unknown } | YamlResult {
  if (nestedTooDeeply(source)) return { ok: false, reason: NESTED, offset: 0 };
  if (!ALIAS.test(source)) {
    try {
      return { ok: true, data: jsYaml.load(source, { schema: jsYaml.CORE_SCHEMA }) };
    } catch {
      // Reworded below with positions.
    }
  }
  return parseYaml(source);
}

/**
 * The offset in the YAML text of the field at `path` (`["citations", 2, "quote"]`):
 * its key for a field of a mapping, the item itself for an item of a list. Where
 * the path stops existing (a missing field), the offset of the closest parent.
 */
export function offsetOfPath(document: Document, path: readonly PropertyKey[]): number {
  return rangeOfPath(document, path).start;
}

/**
 * Where the field at `path` starts (as {@link offsetOfPath}) and, when the path
 * exists, the offset just after its value: the span a pull request underlines.
 */
export function rangeOfPath(
  document: Document,
  path: readonly PropertyKey[],
): { start: number; end: number | undefined } {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && keyOf(item.key) === String(segment));
      if (!pair) return { start: offset, end: undefined };
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === "number") {
      const item = node.items[segment];
      if (item === undefined) return { start: offset, end: undefined };
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      return { start: offset, end: undefined };
    }
  }
  return { start: offset, end: (node as Node | null | undefined)?.range?.[1] };
}

function keyOf(key: unknown): string | undefined {
  return isScalar(key) ? String(key.value) : undefined;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}

/**
 * For a plain value holding `: ` (`summary: Faux : il a dit`, ordinary French
 * typography), which YAML reads as a second key: what to write instead.
 */
function colonInValue(source: string, offset: number): string | undefined {
  const start = source.lastIndexOf("\n", offset - 1) + 1;
  const end = source.indexOf("\n", offset);
  const line = source.slice(start, end === -1 ? undefined : end);
  const field = /^\s*(?:-\s+)?([^\s#:"'][^:]*?):[ \t]+(.*?)\s*$/.exec(line);
  const [, key, value] = field ?? [];
  if (key === undefined || value === undefined || !/:\s/.test(value)) return undefined;
  return `The value of "${key}" holds ": ", which YAML reads as the start of another field. Put the value in double quotes: ${key}: ${JSON.stringify(value)}`;
}

/** YAML's messages, without their location, as a sentence. */
function sentence(message: string): string {
  const text = message.replace(/ at line \d+, column \d+[\s\S]*$/u, "").trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
