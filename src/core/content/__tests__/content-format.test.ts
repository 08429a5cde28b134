import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../diagnostics/format.ts";
import { loadSettings } from "../settings-files.ts";

const FIXTURE = fileURLToPath(new URL("../../check/__tests__/fixtures/content", import.meta.url));
/** The fixture's site.yaml without its format: a site of Citable 0.1.0 (9 lines). */
const FORMAT_1 = readFileSync(join(FIXTURE, "site.yaml"), "utf8").replace(
  /^#[^\n]*\nformat: 2\n/m,
  "",
);

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** What the check prints about a site.yaml that reads `text`. */
function check(text: string): string[] {
  return settings(text).diagnostics.map(formatDiagnostic);
}

function settings(text: string) {
  const dir = mkdtempSync(join(tmpdir(), "citable-format-"));
  folders.push(dir);
  writeFileSync(join(dir, "site.yaml"), text);
  copyFileSync(join(FIXTURE, "ratings.yaml"), join(dir, "ratings.yaml"));
  return loadSettings(dir, "content");
}

describe("contentFormatProblem", () => {
  it("accepts the format of this release", () => {
    expect(check(`${FORMAT_1}format: 2\n`)).toEqual([]);
  });

  it("says to add the format line to a site.yaml of Citable 0.1.0, and nothing else", () => {
    expect(check(FORMAT_1)).toEqual([
      'content/site.yaml:1:1  error  This content has no format number, so it is in format 1, written for Citable 0.1.0; this release reads format 2.  content-format\n    Add the line "format: 2" at the top of content/site.yaml, then follow the upgrading notes in docs/content-format.md#upgrading and run npm run check again.',
    ]);
  });

  it("says to change an older format number, on its line", () => {
    expect(check(`format: 1\n${FORMAT_1}`)).toEqual([
      'content/site.yaml:1:1  error  This content is in format 1, written for Citable 0.1.0; this release reads format 2.  content-format\n    Change this line to "format: 2", then follow the upgrading notes in docs/content-format.md#upgrading and run npm run check again.',
    ]);
  });

  it("says that a newer format needs a newer release", () => {
    expect(check(`${FORMAT_1}format: 3\n`)).toEqual([
      "content/site.yaml:10:1  error  This content is in format 3, written for a newer Citable; this release reads format 2.  content-format\n    Merge the newer Citable release into this repository (see README.md, Start your own site), then run npm run check again.",
    ]);
  });

  it.each(["two", "2.5", "0"])("refuses format: %s, saying what to write", (value) => {
    expect(check(`${FORMAT_1}format: ${value}\n`)).toEqual([
      'content/site.yaml:10:1  error  The field "format" must be the whole number 2, the content format this release reads.  content-format\n    Write "format: 2".',
    ]);
  });

  it("still reports the other problems of site.yaml", () => {
    const { diagnostics } = settings(FORMAT_1.replace("lang: fr", "lang: de"));
    expect(diagnostics.map((diagnostic) => diagnostic.rule)).toEqual([
      "content-format",
      "invalid-field",
    ]);
  });
});
