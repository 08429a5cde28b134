/**
 * A source's capture is evidence: the original bytes it was imported from,
 * kept under the content folder's `captures/`, with their SHA-256 in the
 * source's `capture` field. The check reads them again and reports, on the
 * `capture` lines, a file that is missing, too large or whose bytes changed.
 */
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import { Rule } from "../diagnostics/rules.ts";
import { CAPTURE_FILE, MAX_CAPTURE_BYTES } from "../schema/capture-file.ts";
import type { ContentFile } from "./content-file.ts";

/** Problems of `file`'s capture, read from the content folder `contentDir`. */
export function captureDiagnostics(file: ContentFile, contentDir: string): Diagnostic[] {
  const capture = (file.data as Record<string, unknown>).capture;
  if (typeof capture !== "object" || capture === null) return [];
  const { file: name, sha256 } = capture as Record<string, unknown>;
  if (typeof name !== "string" || !CAPTURE_FILE.test(name) || typeof sha256 !== "string") {
    return []; // The schema says what is wrong with the field.
  }
  const report = (path: string, reason: string): Diagnostic[] => [
    diagnostic({
      file: file.path,
      ...file.field(["capture", path]),
      rule: Rule.captureHash,
      reason,
    }),
  ];
  if (isLink(join(contentDir, "captures"))) {
    return report(
      "file",
      "The folder captures/ is a symbolic link. Captures must be plain files inside the content folder: a link could make the site publish a file from elsewhere. Replace the link by the folder itself.",
    );
  }
  let fd: number | undefined;
  try {
    fd = openSync(join(contentDir, name), constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stats = fstatSync(fd);
    if (!stats.isFile())
      return report("file", `${name} is not a file. Put the capture's original bytes there.`);
    if (stats.size > MAX_CAPTURE_BYTES) {
      return report(
        "file",
        `${name} is ${(stats.size / 1048576).toFixed(1)} MB, more than the ${MAX_CAPTURE_BYTES / 1048576} MB a capture may hold. Save the page without its images, or the article alone, and import it again.`,
      );
    }
    const actual = createHash("sha256").update(readFileSync(fd)).digest("hex");
    if (actual === sha256.toLowerCase()) return [];
    return report(
      "sha256",
      `The bytes of ${name} no longer have the SHA-256 recorded here (they now give ${actual.slice(0, 12)}…): the capture was changed after it was imported. Restore the original file from the history, or import the page again.`,
    );
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    return report(
      "file",
      code === "ENOENT"
        ? `The capture ${name} is missing. Add the original file to the content folder, or remove the capture field.`
        : code === "ELOOP"
          ? `The capture ${name} is a symbolic link. Replace the link by the file itself.`
          : `The capture ${name} cannot be read (${code ?? (thrown as Error).message}).`,
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

// O_NOFOLLOW guards the file's own name only: a linked folder above it would be followed.
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
