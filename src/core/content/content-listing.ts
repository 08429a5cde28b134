/**
 * Finding and opening content files: the `.md` files of a folder with their
 * ids (bad names reported), a file read and split, and paths as printed.
 */
import { type Dirent, lstatSync, readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import { Rule, type RuleId } from "../diagnostics/rules.ts";
import { ID_PATTERN, MAX_NAME_LENGTH } from "../schema/fields.ts";
import { isDiagnostic, openContentFile, readText } from "./content-file.ts";

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

/**
 * The `.md` files of a folder, sorted, with their ids; bad names, other files
 * and symbolic links are reported. Only the folder is read here: a file is
 * opened by its listed name, never by an id written in a claim.
 */
export function listMarkdown(
  folder: string,
  display: (absolute: string) => string,
  diagnostics: Diagnostic[],
) {
  let entries: Dirent[];
  try {
    if (lstatSync(folder).isSymbolicLink()) {
      diagnostics.push(symbolicLink(display(folder)));
      return [];
    }
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: ContentEntry[] = [];
  for (const entry of entries) {
    const { name } = entry;
    const absolute = join(folder, name);
    const path = display(absolute);
    if (name.startsWith(".")) continue;
    if (entry.isSymbolicLink()) {
      diagnostics.push(symbolicLink(path));
      continue;
    }
    if (!name.endsWith(".md")) {
      diagnostics.push(
        wholeFile(
          path,
          Rule.ignoredFile,
          "This file is ignored: only .md files are content. Rename it to end in .md, or move it out.",
        ),
      );
      continue;
    }
    const id = name.slice(0, -3);
    if (!ID_PATTERN.test(id)) {
      diagnostics.push(
        wholeFile(
          path,
          Rule.invalidId,
          `The file name ${JSON.stringify(name)} is not a valid id: ${whyInvalid(id)}. Use lowercase letters, digits and hyphens, such as gazette-2025.md.`,
        ),
      );
      continue;
    }
    if (id.length > MAX_NAME_LENGTH) {
      diagnostics.push(
        wholeFile(
          path,
          Rule.invalidId,
          `The file name is ${id.length} characters long without .md, more than the ${MAX_NAME_LENGTH} an id may have: the site names files after it, and file systems refuse names over 255 bytes. Shorten it.`,
        ),
      );
      continue;
    }
    files.push({ id, absolute, path });
  }
  return files;
}

/** What is wrong with an id that does not match {@link ID_PATTERN}. */
function whyInvalid(id: string): string {
  const bad = [...id].find((char) => !/[a-z0-9-]/.test(char));
  if (bad === undefined) {
    return id === "" ? "it is empty" : "it starts or ends with a hyphen, or has two in a row";
  }
  if (/[A-Z]/.test(bad)) return `it has the capital letter "${bad}"`;
  if (bad === " ") return "it has a space";
  if (/[!-~]/.test(bad)) return `it has the character "${bad}"`;
  const code = (bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  return `it has the character U+${code}, which is not a plain letter, digit or hyphen`;
}

// A problem with a file as a whole (its name, its kind), placed at its start.
function wholeFile(path: string, rule: RuleId, reason: string): Diagnostic {
  return diagnostic({ file: path, line: 1, column: 1, rule, reason });
}

function symbolicLink(path: string): Diagnostic {
  return wholeFile(
    path,
    Rule.symbolicLink,
    "This is a symbolic link. Content must be plain files inside the content folder: a link could make the check read, and the site publish, a file from elsewhere. Replace the link by the file itself.",
  );
}

/** Paths as printed: relative to `cwd`, with `/` separators. */
export function displayPath(cwd: string): (absolute: string) => string {
  return (absolute) => relative(cwd, absolute).split(sep).join("/") || ".";
}
