/**
 * The one shape of every problem Citable reports, after unified's vfile-message:
 * where (file, line, column), how bad, which rule, and what to do; and the one
 * factory that makes it, so that a rule's severity is decided in one place.
 */
import { RULE_SEVERITY, type RuleId } from "./rules.ts";

/**
 * How bad a problem is: an error fails the check and the build, a warning
 * does not; a note is not a problem, only something to know (a likely duplicate).
 */
export type Severity = "error" | "warning" | "note";

/** A problem found in the content. */
export interface Diagnostic {
  /** Path of the file, relative to the working directory, with `/` separators. */
  file: string;
  /** 1-based line of the problem in the file. */
  line: number;
  /** 1-based column of the problem in the file. */
  column: number;
  /** 1-based line where the offending value ends, when known. */
  endLine?: number | undefined;
  /** 1-based column just after the offending value, on `endLine`, when known. */
  endColumn?: number | undefined;
  /** Whether the problem fails the check. */
  severity: Severity;
  /** The rule id, such as `quote-not-found`. */
  rule: RuleId;
  /** What happened and what to do, in full sentences, without the location. */
  reason: string;
  /** Further lines that help: the closest passage, the places of a repeated quote. */
  hint?: string | undefined;
}

/** Where a problem starts and, when known, where the offending value ends. */
export type Span = Pick<Diagnostic, "line" | "column" | "endLine" | "endColumn">;

/** What a problem's finder says: where, which rule, what to do; the severity follows from the rule. */
export type DiagnosticInput = Omit<Diagnostic, "severity">;

/**
 * The diagnostic of a problem: its severity is the rule's ({@link RULE_SEVERITY}),
 * its fields in the one order, and an end or a hint only when there is one.
 */
export function diagnostic(input: DiagnosticInput): Diagnostic {
  const { file, line, column, endLine, endColumn, rule, reason, hint } = input;
  return {
    file,
    line,
    column,
    ...(endLine === undefined ? {} : { endLine }),
    ...(endColumn === undefined ? {} : { endColumn }),
    severity: RULE_SEVERITY[rule] ?? "error",
    rule,
    reason,
    ...(hint === undefined ? {} : { hint }),
  };
}

/** Orders diagnostics by file, then line, then column. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column,
  );
}

/** Whether any of `diagnostics` is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === "error");
}
