/**
 * Finding and opening content files: the `.md` files of a folder with their
 * ids (bad names reported), a file read and split, and paths as printed.
 */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { location } from "vfile-location";
import { isDiagnostic, openContentFile, readText } from "./content-file.ts";
import type { Diagnostic } from "./diagnostics.ts";
import type { Searchable } from "./locate.ts";
import type { QuotedSource } from "./quote-diagnostics.ts";
import { Rule } from "./rules.ts";
import { ID_PATTERN } from "./schema/fields.ts";

/** A source as quote diagnostics name it, from its path, text and searchable text. */
export function quotedSource(
  id: string,
  path: string,
  raw: string,
  text: Searchable,
): QuotedSource {
  const lines = location(raw);
  return { id, path, text, line: (offset) => lines.toPoint(offset)?.line ?? 1 };
}

/** Reads and splits a content file; problems go to `diagnostics`. */
export function open(absolute: string, path: string, diagnostics: Diagnostic[]) {
  const raw = readText(absolute, path);
  if (typeof raw !== "string") {
    diagnostics.push(raw);
    return undefined;
  }
  const file = openContentFile(raw, path);
  if (isDiagnostic(file)) {
    diagnostics.push(file);
    return undefined;
  }
  return file;
}

/** A content file to read: its id, absolute path and display path. */
export interface ContentEntry {
  id: string;
  absolute: string;
  path: string;
}

/** The `.md` files of a folder, sorted, with their ids; bad names are reported. */
export function listMarkdown(
  folder: string,
  display: (absolute: string) => string,
  diagnostics: Diagnostic[],
) {
  let names: string[];
  try {
    names = readdirSync(folder).sort();
  } catch {
    return [];
  }
  const files: ContentEntry[] = [];
  for (const name of names) {
    const absolute = join(folder, name);
    const path = display(absolute);
    if (name.startsWith(".")) continue;
    if (!name.endsWith(".md")) {
      diagnostics.push({
        file: path,
        line: 1,
        column: 1,
        severity: "warning",
        rule: Rule.ignoredFile,
        reason:
          "This file is ignored: only .md files are content. Rename it to end in .md, or move it out.",
      });
      continue;
    }
    const id = name.slice(0, -3);
    if (!ID_PATTERN.test(id)) {
      diagnostics.push({
        file: path,
        line: 1,
        column: 1,
        severity: "error",
        rule: Rule.invalidId,
        reason: `The file name "${name}" is not a valid id. Use lowercase letters, digits and hyphens, such as durain-2025.md.`,
      });
      continue;
    }
    files.push({ id, absolute, path });
  }
  return files;
}

/** Paths as printed: relative to `cwd`, with `/` separators. */
export function displayPath(cwd: string): (absolute: string) => string {
  return (absolute) => relative(cwd, absolute).split(sep).join("/") || ".";
}
