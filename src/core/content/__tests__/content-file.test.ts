import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isDiagnostic, openContentFile, pointsOf, readText } from "../content-file.ts";
import { opened } from "./open.ts";

const folder = mkdtempSync(join(tmpdir(), "citable-file-"));

describe("readText", () => {
  it("reads UTF-8 text without its byte-order mark", () => {
    writeFileSync(join(folder, "bom.md"), "\uFEFFTexte");
    expect(readText(join(folder, "bom.md"), "bom.md")).toBe("Texte");
  });

  it("says a file that is not UTF-8 cannot be read", () => {
    writeFileSync(join(folder, "latin1.md"), Buffer.from([0x74, 0xe9, 0x74, 0xe9]));
    expect(readText(join(folder, "latin1.md"), "latin1.md")).toMatchObject({
      file: "latin1.md",
      line: 1,
      rule: "unreadable-file",
    });
  });
});

describe("openContentFile", () => {
  it("splits front matter and body, and maps fields and offsets to lines and columns", () => {
    const file = opened("---\ntitle: T\nlist:\n  - a\n  - b\n---\nCorps\n");
    expect(file.data).toEqual({ title: "T", list: ["a", "b"] });
    expect(file.body).toBe("Corps\n");
    expect(file.bodyOffset).toBe(35);
    expect(file.field(["list", 1])).toEqual({ line: 5, column: 5, endLine: 5, endColumn: 6 });
    expect(file.point(file.bodyOffset)).toEqual({ line: 7, column: 1 });
  });

  it("refuses a file without front matter, with the fix", () => {
    expect(openContentFile("pas de front matter", "x.md")).toEqual({
      file: "x.md",
      line: 1,
      column: 1,
      severity: "error",
      rule: "missing-front-matter",
      reason:
        "The file has no front matter. Start it with a line ---, then the fields in YAML, then another line ---.",
    });
  });

  it("refuses front matter that is a list rather than fields", () => {
    expect(openContentFile("---\n- a\n---\n", "x.md")).toMatchObject({
      rule: "front-matter-not-mapping",
      reason: "The front matter must be fields written as `name: value`, one per line.",
    });
  });
});

describe("isDiagnostic", () => {
  it("tells a diagnostic from a file", () => {
    expect(isDiagnostic(openContentFile("x", "x.md"))).toBe(true);
    expect(isDiagnostic(opened("---\na: 1\n---\n"))).toBe(false);
  });
});

describe("pointsOf", () => {
  it("gives 1-based lines and columns, and puts an offset outside the text at its nearest end", () => {
    const point = pointsOf("ab\ncd");
    expect(point(4)).toEqual({ line: 2, column: 2 });
    expect(point(-3)).toEqual({ line: 1, column: 1 });
    expect(point(99)).toEqual({ line: 2, column: 3 });
  });
});
