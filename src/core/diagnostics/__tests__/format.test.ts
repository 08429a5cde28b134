import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../diagnostic.ts";
import { formatDiagnostic, formatGithub, formatSummary, printable } from "../format.ts";

const error: Diagnostic = {
  file: "content/claims/x.md",
  line: 5,
  column: 1,
  severity: "error",
  rule: "unknown-verdict",
  reason: 'The verdict "fau" is not in the rating scale; did you mean "faux"?',
  hint: "Verdicts: vrai, faux (ratings.yaml).\nSecond line.",
};

describe("formatDiagnostic", () => {
  it("prints the place, severity, reason and rule on one line, the hint indented below", () => {
    expect(formatDiagnostic(error)).toBe(
      'content/claims/x.md:5:1  error  The verdict "fau" is not in the rating scale; did you mean "faux"?  unknown-verdict\n    Verdicts: vrai, faux (ratings.yaml).\n    Second line.',
    );
  });
});

describe("printable", () => {
  it("writes line breaks and bidirectional controls as escapes", () => {
    expect(printable("a\nb\u202ec")).toBe("a\\u{000a}b\\u{202e}c");
  });
});

describe("formatGithub", () => {
  it("makes one ::error command, with its data and properties escaped", () => {
    expect(formatGithub({ ...error, file: "content/a,b:c.md", hint: undefined })).toBe(
      '::error file=content/a%2Cb%3Ac.md,line=5,col=1,title=Citable%3A unknown-verdict::The verdict "fau" is not in the rating scale; did you mean "faux"?',
    );
  });

  it("underlines the offending value with its end line and column", () => {
    const spanned = { ...error, endLine: 5, endColumn: 14, hint: undefined };
    expect(formatGithub(spanned)).toBe(
      '::error file=content/claims/x.md,line=5,endLine=5,col=1,endColumn=14,title=Citable%3A unknown-verdict::The verdict "fau" is not in the rating scale; did you mean "faux"?',
    );
  });

  it("prints where the problem starts, not its end, for people", () => {
    const spanned = { ...error, endLine: 5, endColumn: 14, hint: undefined };
    expect(formatDiagnostic(spanned)).toBe(
      'content/claims/x.md:5:1  error  The verdict "fau" is not in the rating scale; did you mean "faux"?  unknown-verdict',
    );
  });

  it("puts the hint on the lines after the reason", () => {
    expect(formatGithub(error)).toMatch(
      /did you mean "faux"\?%0AVerdicts: vrai, faux \(ratings\.yaml\)\.%0ASecond line\.$/,
    );
  });
});

describe("formatSummary", () => {
  it("says there are no problems", () => {
    expect(formatSummary([], "3 claims checked")).toBe("✔ 3 claims checked: no problems.");
  });

  it("counts errors and warnings", () => {
    const warning = { ...error, severity: "warning" as const };
    expect(formatSummary([error, warning, warning], "x")).toBe("✖ x: 1 error, 2 warnings.");
    expect(formatSummary([warning], "x")).toBe("⚠ x: 0 errors, 1 warning.");
  });

  it("counts notes apart: a likely duplicate is not a problem", () => {
    const note = { ...error, severity: "note" as const, rule: "likely-duplicate" as const };
    expect(formatSummary([note], "x")).toBe("✔ x: no problems (1 note).");
    expect(formatSummary([error, note, note], "x")).toBe("✖ x: 1 error, 0 warnings (2 notes).");
    expect(formatGithub(note).startsWith("::notice file=content/claims/x.md,")).toBe(true);
  });
});
