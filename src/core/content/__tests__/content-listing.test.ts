import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../diagnostics/diagnostic.ts";
import { displayPath, listMarkdown, open } from "../content-listing.ts";

const root = mkdtempSync(join(tmpdir(), "citable-listing-"));
mkdirSync(join(root, "claims"));
for (const name of ["b.md", "a.md", "Bad Name.md", "notes.txt", ".hidden.md"]) {
  writeFileSync(join(root, "claims", name), "---\na: 1\n---\n");
}
symlinkSync(join(root, "claims", "a.md"), join(root, "claims", "link.md"));

describe("listMarkdown", () => {
  it("lists the .md files by name with their ids, and reports bad names, other files and links", () => {
    const diagnostics: Diagnostic[] = [];
    const files = listMarkdown(join(root, "claims"), displayPath(root), diagnostics);
    expect(files).toEqual([
      { id: "a", absolute: join(root, "claims/a.md"), path: "claims/a.md" },
      { id: "b", absolute: join(root, "claims/b.md"), path: "claims/b.md" },
    ]);
    expect(diagnostics.map((d) => [d.file, d.severity, d.rule])).toEqual([
      ["claims/Bad Name.md", "error", "invalid-id"],
      ["claims/link.md", "error", "symbolic-link"],
      ["claims/notes.txt", "warning", "ignored-file"],
    ]);
    expect(diagnostics[0]?.reason).toBe(
      'The file name "Bad Name.md" is not a valid id: it has the capital letter "B". Use lowercase letters, digits and hyphens, such as gazette-2025.md.',
    );
  });

  it("lists nothing in a folder that does not exist", () => {
    const diagnostics: Diagnostic[] = [];
    expect(listMarkdown(join(root, "sources"), displayPath(root), diagnostics)).toEqual([]);
    expect(diagnostics).toEqual([]);
  });
});

describe("open", () => {
  it("reads and splits a file, or puts its problem with the others", () => {
    const diagnostics: Diagnostic[] = [];
    expect(open(join(root, "claims/a.md"), "claims/a.md", diagnostics)?.data).toEqual({ a: 1 });
    expect(open(join(root, "claims/none.md"), "claims/none.md", diagnostics)).toBeUndefined();
    expect(diagnostics.map((d) => d.rule)).toEqual(["unreadable-file"]);
  });
});

describe("displayPath", () => {
  it("prints paths relative to the working folder with / separators", () => {
    expect(displayPath("/a/b")("/a/b/content/claims/x.md")).toBe("content/claims/x.md");
    expect(displayPath("/a/b")("/a/b")).toBe(".");
  });
});
