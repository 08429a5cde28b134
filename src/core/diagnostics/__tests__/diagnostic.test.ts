import { describe, expect, it } from "vitest";
import { type Diagnostic, hasErrors, sortDiagnostics } from "../diagnostic.ts";

const at = (
  file: string,
  line: number,
  column: number,
  severity: Diagnostic["severity"] = "error",
): Diagnostic => ({
  file,
  line,
  column,
  severity,
  rule: "quote-not-found",
  reason: "R.",
});

describe("sortDiagnostics", () => {
  it("orders by file, then line, then column, without changing its argument", () => {
    const given = [at("b.md", 1, 1), at("a.md", 9, 1), at("a.md", 2, 7), at("a.md", 2, 3)];
    expect(sortDiagnostics(given).map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual([
      "a.md:2:3",
      "a.md:2:7",
      "a.md:9:1",
      "b.md:1:1",
    ]);
    expect(given[0]?.file).toBe("b.md");
  });
});

describe("hasErrors", () => {
  it("is true when one diagnostic is an error, not for warnings alone", () => {
    expect(hasErrors([at("a.md", 1, 1, "warning")])).toBe(false);
    expect(hasErrors([at("a.md", 1, 1, "warning"), at("a.md", 2, 1)])).toBe(true);
  });
});
