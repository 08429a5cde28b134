/**
 * Reading one content file: size and encoding checks, the byte-order mark,
 * the front matter split, and turning offsets into lines and columns.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { location } from "vfile-location";
import type { Document } from "yaml";
import { type Diagnostic, diagnostic, type Span } from "../diagnostics/diagnostic.ts";
import { Rule, type RuleId } from "../diagnostics/rules.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { parseYaml, rangeOfPath } from "./yaml.ts";

/** A content file read and split, with positions. */
export interface ContentFile {
  /** Display path, relative to the working directory. */
  path: string;
  /** The whole text, without byte-order mark. */
  raw: string;
  /** The front matter's fields, not yet checked. */
  data: unknown;
  /** The Markdown body. */
  body: string;
  /** Offset of the body in `raw`. */
  bodyOffset: number;
  /** Line and column of an offset of `raw`. */
  point(offset: number): { line: number; column: number };
  /**
   * Line and column of a front-matter field, or of its closest parent; and,
   * when the field exists, where its value ends.
   */
  field(path: readonly PropertyKey[]): Span;
}

/** Files larger than this are refused: an article is a few dozen kilobytes. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads a UTF-8 text file, or says why it cannot. */
export function readText(absolute: string, path: string): string | Diagnostic {
  const fail = (reason: string, rule: RuleId = Rule.unreadableFile): Diagnostic =>
    diagnostic({ file: path, line: 1, column: 1, rule, reason });
  let fd: number | undefined;
  try {
    // Never through a symbolic link, and the size checked before anything is read.
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile()) return fail("This is not a file. Content files must be plain files.");
    if (stats.size > MAX_FILE_BYTES) {
      return fail(
        `The file is ${(stats.size / 1048576).toFixed(1)} MB, more than the ${MAX_FILE_BYTES / 1048576} MB a content file may hold. Archive only the text of the document.`,
      );
    }
    const text = utf8.decode(readFileSync(fd));
    return text.startsWith("\uFEFF") ? text.slice(1) : text;
  } catch (thrown) {
    if (thrown instanceof TypeError) {
      return fail("The file is not valid UTF-8 text. Save it as UTF-8 and try again.");
    }
    const code = (thrown as NodeJS.ErrnoException).code;
    if (code === "ELOOP") {
      return fail(
        "This is a symbolic link. Replace the link by the file itself.",
        Rule.symbolicLink,
      );
    }
    return fail(`The file cannot be read (${code ?? thrown}).`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Where each offset of `raw` stands, as a 1-based line and column: an offset
 * outside the text is taken to its nearest end, so a diagnostic always has a place.
 */
export function pointsOf(raw: string): (offset: number) => { line: number; column: number } {
  const lines = location(raw);
  return (offset) => {
    const found = lines.toPoint(Math.min(Math.max(offset, 0), raw.length));
    return { line: found?.line ?? 1, column: found?.column ?? 1 };
  };
}

/** Splits a content file into front matter and body, or reports why it cannot. */
export function openContentFile(raw: string, path: string): ContentFile | Diagnostic {
  const point = pointsOf(raw);
  const split = splitFrontMatter(raw);
  if (!split.ok) {
    return diagnostic({
      file: path,
      ...point(split.offset),
      rule: split.problem,
      reason: split.reason,
    });
  }
  const data = split.data;
  // Positions of fields are needed only for a diagnostic: parse them then, once.
  let document: Document | undefined;
  const documentOf = (): Document | undefined => {
    if (document === undefined && split.yamlText !== undefined) {
      const parsed = parseYaml(split.yamlText);
      if (parsed.ok) document = parsed.document;
    }
    return document;
  };
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return diagnostic({
      file: path,
      ...point(split.yamlOffset),
      rule: Rule.frontMatterNotMapping,
      reason: "The front matter must be fields written as `name: value`, one per line.",
    });
  }
  return {
    path,
    raw,
    data,
    body: split.body,
    bodyOffset: split.bodyOffset,
    point,
    field: (fieldPath) => {
      const parsed = documentOf();
      if (!parsed) return point(0);
      const { start, end } = rangeOfPath(parsed, fieldPath);
      const at = point(split.yamlOffset + start);
      if (end === undefined) return at;
      const after = point(split.yamlOffset + end);
      return { ...at, endLine: after.line, endColumn: after.column };
    },
  };
}

/** A content file's data without its functions, as it crosses to another thread. */
export type PlainFile = Omit<ContentFile, "point" | "field">;

/** `file` without its functions. */
export function plainFile({ path, raw, data, body, bodyOffset }: ContentFile): PlainFile {
  return { path, raw, data, body, bodyOffset };
}

/**
 * A {@link plainFile} whole again. Its positions are worked out again from
 * its text, and its fields' only when one is asked (a diagnostic), so that a
 * file read in another thread is not parsed twice.
 */
export function revivedFile(plain: PlainFile): ContentFile {
  const point = pointsOf(plain.raw);
  let opened: ContentFile | Diagnostic | undefined;
  return {
    ...plain,
    point,
    field: (fieldPath) => {
      opened ??= openContentFile(plain.raw, plain.path);
      return isDiagnostic(opened) ? point(0) : opened.field(fieldPath);
    },
  };
}

/** Whether `value` is a diagnostic rather than a result. */
export function isDiagnostic(value: unknown): value is Diagnostic {
  return typeof value === "object" && value !== null && "rule" in value && "severity" in value;
}
