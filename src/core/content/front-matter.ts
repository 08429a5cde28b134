/**
 * Splitting a content file into its YAML front matter and Markdown body, as
 * gray-matter splits it (the same text, the same body, the same quirks),
 * restricted to YAML: gray-matter can also evaluate JavaScript or
 * CoffeeScript front matter (`---js`), which from a stranger's pull request
 * would run their code on the build machine. Written here rather than
 * calling gray-matter because gray-matter also copies every file into a
 * Buffer and looks its whole text up as a cache key, even when told not to
 * cache: a quarter of a second of a core at 11 000 files, where the split
 * itself takes 30 ms. The tests compare both on every run.
 */
import { parseYamlFast } from "./yaml.ts";

/** A content file split into front matter and body. */
export type FrontMatterResult =
  | {
      ok: true;
      /** The front matter's fields, as parsed (not yet checked). */
      data: unknown;
      /** The YAML text, for the positions of fields; absent when the front matter is empty. */
      yamlText: string | undefined;
      /** Offset in the file of the YAML text that positions in `document` count from. */
      yamlOffset: number;
      /** The Markdown body. */
      body: string;
      /** Offset in the file where the body starts. */
      bodyOffset: number;
    }
  | {
      ok: false;
      /** Which problem: see the rules of the same names. */
      problem: "missing-front-matter" | "front-matter-language" | "yaml-syntax";
      reason: string;
      /** Offset in the file where the problem is. */
      offset: number;
    };

const YAML_NAMES = new Set(["", "yaml", "yml"]);

class YamlFailure extends Error {
  readonly reason: string;
  readonly offset: number;
  constructor(reason: string, offset: number) {
    super(reason);
    this.reason = reason;
    this.offset = offset;
  }
}

/**
 * gray-matter's parseMatter for a file that opens with `---` and a line
 * break: the language marker is skipped when it is not blank, the front
 * matter runs to the first `\n---` (or the end), is parsed unless it holds
 * only comments and blanks, and the body starts after that `---`, one line
 * break left out. Exported for the tests, which compare it with gray-matter.
 */
export function grayMatterSplit(raw: string, parse: (text: string) => unknown) {
  let rest = raw.slice(3);
  const marker = rest.slice(0, rest.search(/\r?\n/));
  if (marker.trim() !== "") rest = rest.slice(marker.length);
  const close = rest.indexOf("\n---");
  const matter = close === -1 ? rest : rest.slice(0, close);
  const data = matter.replace(/^\s*#[^\n]+/gm, "").trim() === "" ? {} : parse(matter);
  let content = close === -1 ? "" : rest.slice(close + 4);
  if (content.startsWith("\r")) content = content.slice(1);
  if (content.startsWith("\n")) content = content.slice(1);
  return { data, content };
}

/** Splits `raw` (the whole file, without byte-order mark) into front matter and body. */
export function splitFrontMatter(raw: string): FrontMatterResult {
  if (!/^---[^\S\r\n]*[A-Za-z]*[^\S\r\n]*\r?\n/.test(raw) || raw.startsWith("----")) {
    return {
      ok: false,
      problem: "missing-front-matter",
      reason:
        "The file has no front matter. Start it with a line ---, then the fields in YAML, then another line ---.",
      offset: 0,
    };
  }
  const marker = raw.slice(3, raw.search(/\r?\n/));
  const language = marker.trim().toLowerCase();
  if (!YAML_NAMES.has(language)) {
    return {
      ok: false,
      problem: "front-matter-language",
      reason: `The front matter is marked as "${language}", but only YAML is accepted: content never runs code. Write the first line as --- alone and the fields in YAML.`,
      offset: 3,
    };
  }
  // gray-matter parses the text after `---` and its language marker: positions count from there.
  const yamlOffset = 3 + marker.length;
  let yamlText: string | undefined;
  // As parsed: gray-matter turns a front matter of `null` into `{}`, which must be refused.
  let parsedData: unknown = {};
  const yaml = (text: string): object => {
    // With CRLF line endings, gray-matter leaves the \r of the closing line's break.
    yamlText = text.replace(/\r$/, "");
    const parsed = parseYamlFast(yamlText);
    if (!parsed.ok) throw new YamlFailure(parsed.reason, parsed.offset);
    parsedData = parsed.data;
    return parsed.data as object;
  };
  try {
    const file = grayMatterSplit(raw, yaml);
    if (raw.indexOf("\n---", yamlOffset) === -1) {
      return {
        ok: false,
        problem: "missing-front-matter",
        reason: "The front matter is never closed. End the fields with a line --- before the body.",
        offset: 0,
      };
    }
    // gray-matter's `content` is the tail of the file after the closing `---` line.
    return {
      ok: true,
      data: yamlText === undefined ? file.data : parsedData,
      yamlText,
      yamlOffset,
      body: file.content,
      bodyOffset: raw.length - file.content.length,
    };
  } catch (thrown) {
    const failure = thrown instanceof YamlFailure ? thrown : new YamlFailure(String(thrown), 0);
    return {
      ok: false,
      problem: "yaml-syntax",
      reason: `The front matter is not valid YAML: ${failure.reason}`,
      offset: yamlOffset + failure.offset,
    };
  }
}
