/**
 * Splitting a content file into its YAML front matter and Markdown body with
 * gray-matter, restricted to YAML: gray-matter can also evaluate JavaScript or
 * CoffeeScript front matter (`---js`), which from a stranger's pull request
 * would run their code on the build machine. Those engines are replaced by
 * ones that refuse, and the language is checked before gray-matter sees it.
 */
import matter from "gray-matter";
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

const refuse = (): never => {
  throw new YamlFailure("Only YAML front matter is accepted.", 0);
};

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
    const file = matter(raw, {
      language: "yaml",
      engines: { yaml, javascript: refuse, coffee: refuse, json: refuse, toml: refuse },
    });
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
