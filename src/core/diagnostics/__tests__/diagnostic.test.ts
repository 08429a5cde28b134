import { describe, expect, it } from "vitest";
import { type Diagnostic, diagnostic, hasErrors, sortDiagnostics } from "../diagnostic.ts";
import { Rule } from "../rules.ts";

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

describe("diagnostic", () => {
  const where = { file: "content/claims/a.md", line: 4, column: 3 };

  it.each([
    [Rule.quoteNotFound, "error"],
    [Rule.unusedCitation, "warning"],
    [Rule.labelVariant, "warning"],
    [Rule.likelyDuplicate, "note"],
  ] as const)("gives a problem of %s the severity %s", (rule, severity) => {
    expect(diagnostic({ ...where, rule, reason: "R." }).severity).toBe(severity);
  });

  it("writes the fields in one order, with an end and a hint only when there is one", () => {
    const plain = diagnostic({
      ...where,
      endLine: undefined,
      rule: Rule.rawHtml,
      reason: "R.",
      hint: undefined,
    });
    expect(Object.keys(plain)).toEqual(["file", "line", "column", "severity", "rule", "reason"]);
    const full = diagnostic({
      hint: "H.",
      reason: "R.",
      rule: Rule.rawHtml,
      endColumn: 9,
      endLine: 4,
      ...where,
    });
    expect(Object.keys(full)).toEqual([
      "file",
      "line",
      "column",
      "endLine",
      "endColumn",
      "severity",
      "rule",
      "reason",
      "hint",
    ]);
  });
});
