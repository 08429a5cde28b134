import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { handMadeDiagnostics } from "../diagnostic-literals.ts";
import { writeTree } from "./fixture.ts";

const fixture = writeTree({
  // The factory itself, and a test, may write the literal.
  "src/core/diagnostics/diagnostic.ts":
    'export const diagnostic = (rule: string) => ({ file: "", line: 1, column: 1, severity: "error", rule });\n',
  "src/core/content/__tests__/labels.test.ts":
    'const expected = { file: "a.md", line: 1, column: 1, severity: "warning", rule: "label-variant" };\n',
  // A whole literal, and a base object spread into others later.
  "src/core/content/labels.ts": [
    'import { Rule } from "../diagnostics/rules.ts";',
    "export function report(file: string) {",
    '  return [{ file, line: 1, column: 1, severity: "error", rule: Rule.labelTooLong, reason: "Shorten it." }];',
    "}",
    "",
  ].join("\n"),
  "src/cards/warnings.ts":
    'const base = { file: "a.md", "severity": "warning" as const };\nexport const warning = { ...base, line: 1 };\n',
  // The factory's callers, a copy moved to another file, and words that only mention it.
  "src/core/check/claims.ts": [
    'import { diagnostic } from "../diagnostics/diagnostic.ts";',
    'export const made = diagnostic("quote-not-found");',
    'export const moved = { ...made, file: "content/claims/b.md" };',
    '// Not { severity: "error" } by hand.',
    'export const words = "{ severity: \\"error\\" }";',
    "",
  ].join("\n"),
});
afterAll(fixture.remove);
const project = fileURLToPath(new URL("../../../", import.meta.url));
const reason =
  "builds a Diagnostic by hand; call diagnostic() from src/core/diagnostics/diagnostic.ts, which gives the rule its severity";

describe("handMadeDiagnostics", () => {
  it("names each object literal with a severity outside the factory and the tests", () => {
    expect(handMadeDiagnostics(fixture.root)).toEqual([
      { file: "src/cards/warnings.ts", line: 1, column: 14, reason },
      { file: "src/core/content/labels.ts", line: 3, column: 11, reason },
    ]);
  });

  it("finds none in the project's src/", () => {
    expect(handMadeDiagnostics(project)).toEqual([]);
  });
});
