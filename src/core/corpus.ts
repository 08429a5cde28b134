/**
 * The whole content of a site, loaded and cross-checked: settings, sources,
 * claims, and every problem found on the way. The check prints the problems;
 * the site is built only from a corpus that has no error.
 */
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { location } from "vfile-location";
import { type Claim, checkClaim } from "./claims.ts";
import { isDiagnostic, openContentFile, readText } from "./content-file.ts";
import { type Diagnostic, sortDiagnostics } from "./diagnostics.ts";
import type { Searchable } from "./locate.ts";
import type { QuotedSource } from "./quote-diagnostics.ts";
import { Rule } from "./rules.ts";
import { ID_PATTERN } from "./schema/fields.ts";
import type { Ratings, Site } from "./schema/settings.ts";
import { loadSettings } from "./settings.ts";
import { loadSource, type Source } from "./sources.ts";

/** Everything in a content folder. */
export interface Corpus {
  /** site.yaml, when valid. */
  site: Site | undefined;
  /** ratings.yaml, when valid. */
  ratings: Ratings | undefined;
  /** The valid sources by id. */
  sources: Map<string, Source>;
  /** The claims without error, in file name order. */
  claims: Claim[];
  /** Every problem found, sorted by file and line. */
  diagnostics: Diagnostic[];
  /** How many files were read. */
  files: { sources: number; claims: number };
}

/** Loads and checks the content folder `dir`; paths are printed relative to `cwd`. */
export function loadCorpus(dir: string, cwd: string = process.cwd()): Corpus {
  const display = displayPath(cwd);
  const settings = loadSettings(dir, display(dir));
  const diagnostics: Diagnostic[] = [...settings.diagnostics];

  const quotable = new Map<string, QuotedSource>();
  const sources = new Map<string, Source>();
  const sourceFiles = listMarkdown(join(dir, "sources"), display, diagnostics);
  for (const { id, absolute, path } of sourceFiles) {
    const file = open(absolute, path, diagnostics);
    if (!file) continue;
    const loaded = loadSource(id, file);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.source) sources.set(id, loaded.source);
    quotable.set(id, quotedSource(id, path, file.raw, loaded.text));
  }

  const verdicts = settings.ratings?.verdicts.map((verdict) => verdict.key) ?? [];
  const claims: Claim[] = [];
  const claimFiles = listMarkdown(join(dir, "claims"), display, diagnostics);
  for (const { id, absolute, path } of claimFiles) {
    const file = open(absolute, path, diagnostics);
    if (!file) continue;
    const checked = checkClaim(id, file, { sources: quotable, verdicts });
    diagnostics.push(...checked.diagnostics);
    if (checked.claim) claims.push(checked.claim);
  }

  return {
    site: settings.site,
    ratings: settings.ratings,
    sources,
    claims,
    diagnostics: sortDiagnostics(diagnostics),
    files: { sources: sourceFiles.length, claims: claimFiles.length },
  };
}

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
