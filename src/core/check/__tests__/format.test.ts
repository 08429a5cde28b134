import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../diagnostics.ts";
import { formatDiagnostic, formatGithub } from "../format.ts";

const diagnostic: Diagnostic = {
  file: "content/claims/exemple.md",
  line: 4,
  column: 1,
  endLine: 4,
  endColumn: 15,
  severity: "error",
  rule: "unknown-verdict",
  reason: 'The verdict "vrais" is not in the rating scale; did you mean "vrai"?',
};

describe("formatGithub", () => {
  it("underlines the offending value with its end line and column", () => {
    expect(formatGithub(diagnostic)).toBe(
      '::error file=content/claims/exemple.md,line=4,endLine=4,col=1,endColumn=15,title=Citable%3A unknown-verdict::The verdict "vrais" is not in the rating scale; did you mean "vrai"?',
    );
  });

  it("annotates the line alone when the end is not known", () => {
    const { endLine: _line, endColumn: _column, ...start } = diagnostic;
    expect(formatGithub(start)).toBe(
      '::error file=content/claims/exemple.md,line=4,col=1,title=Citable%3A unknown-verdict::The verdict "vrais" is not in the rating scale; did you mean "vrai"?',
    );
  });
});

describe("formatDiagnostic", () => {
  it("prints where the problem starts, for people", () => {
    expect(formatDiagnostic(diagnostic)).toBe(
      'content/claims/exemple.md:4:1  error  The verdict "vrais" is not in the rating scale; did you mean "vrai"?  unknown-verdict',
    );
  });
});
