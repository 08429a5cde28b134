import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { captureDiagnostics } from "../capture-hash.ts";
import { type ContentFile, openContentFile } from "../content-file.ts";

const ORIGINAL = "Le texte tel qu’il a été publié.\n";
// Not the SHA-256 of any text of these tests.
const SHA = "c4d7bb8d0e0e4f4d4d1f56aa1e54e8b1c3b1f23d5a7e2a3bbf3bba6ab04b4b5c";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "citable-capture-"));
  mkdirSync(join(dir, "captures"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function source(sha256: string, file = "captures/article.txt"): ContentFile {
  const raw = `---\ntitle: Article\npublisher: Journal\npublished: 2026-01-05\ncapture:\n  file: ${file}\n  sha256: ${sha256}\n  retrieved: 2026-01-06\n---\nTexte.\n`;
  const opened = openContentFile(raw, "content/sources/article.md");
  if (!("body" in opened)) throw new Error(opened.reason);
  return opened;
}

describe("captureDiagnostics", () => {
  it("accepts a capture whose bytes have the recorded SHA-256", async () => {
    const { createHash } = await import("node:crypto");
    writeFileSync(join(dir, "captures/article.txt"), ORIGINAL);
    const digest = createHash("sha256").update(ORIGINAL).digest("hex");
    expect(captureDiagnostics(source(digest), dir)).toEqual([]);
  });

  it("reports changed bytes on the sha256 line", () => {
    writeFileSync(join(dir, "captures/article.txt"), "Le texte, corrigé après coup.\n");
    const [problem, ...rest] = captureDiagnostics(source(SHA), dir);
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      file: "content/sources/article.md",
      line: 7,
      column: 3,
      rule: "capture-hash",
      severity: "error",
    });
    expect(problem?.reason).toMatch(
      /^The bytes of captures\/article\.txt no longer have the SHA-256 recorded here \(they now give [0-9a-f]{12}…\): the capture was changed after it was imported\. Restore the original file from the history, or import the page again\.$/,
    );
  });

  it("reports a missing capture on the file line", () => {
    expect(captureDiagnostics(source(SHA), dir)).toEqual([
      {
        file: "content/sources/article.md",
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 29,
        severity: "error",
        rule: "capture-hash",
        reason:
          "The capture captures/article.txt is missing. Add the original file to the content folder, or remove the capture field.",
      },
    ]);
  });

  it("refuses a capture that is a symbolic link", () => {
    writeFileSync(join(dir, "elsewhere.txt"), ORIGINAL);
    symlinkSync(join(dir, "elsewhere.txt"), join(dir, "captures/article.txt"));
    expect(captureDiagnostics(source(SHA), dir).map((d) => d.reason)).toEqual([
      "The capture captures/article.txt is a symbolic link. Replace the link by the file itself.",
    ]);
  });

  it("leaves a path outside captures/ to the schema, and never reads it", () => {
    expect(captureDiagnostics(source(SHA, "../../etc/passwd"), dir)).toEqual([]);
  });
});
