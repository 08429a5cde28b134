/** Copies of the test fixture's content/ with one thing broken, checked as `npm run check` would. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { formatDiagnostic } from "../../diagnostics/format.ts";
import { loadCorpus } from "../corpus.ts";
import type { CheckOptions } from "../session.ts";

const FIXTURE = fileURLToPath(new URL("./fixtures/content", import.meta.url));

/** A file's new text, or a change to its current text. */
export type Edit = string | Buffer | ((text: string) => string);

/** Writes a copy of the fixture with `edits` (paths relative to content/) into a new folder. */
export function variantFolder(edits: Record<string, Edit>): string {
  const root = mkdtempSync(join(tmpdir(), "citable-"));
  const content = join(root, "content");
  cpSync(FIXTURE, content, { recursive: true });
  for (const [path, edit] of Object.entries(edits)) {
    const file = join(content, path);
    const next = typeof edit === "function" ? edit(readFileSync(file, "utf8")) : edit;
    writeFileSync(file, next);
  }
  return root;
}

/** Checks a variant; diagnostics are printed relative to its root, so paths read `content/…`. */
export function checkVariant(
  edits: Record<string, Edit>,
  options: CheckOptions = {},
): {
  root: string;
  diagnostics: Diagnostic[];
  lines: string[];
} {
  const root = variantFolder(edits);
  const { diagnostics } = loadCorpus(join(root, "content"), root, options);
  return { root, diagnostics, lines: diagnostics.map(formatDiagnostic) };
}

/** Replaces `from` by `to` in a file's text, failing loudly when `from` is not there. */
export function replace(from: string, to: string): (text: string) => string {
  return (text) => {
    if (!text.includes(from))
      throw new Error(`the fixture no longer contains ${JSON.stringify(from)}`);
    return text.replace(from, to);
  };
}
