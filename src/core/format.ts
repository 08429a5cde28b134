/**
 * Printing diagnostics: one line each for people, GitHub Actions workflow
 * commands for annotations on a pull request's lines.
 */
import type { Diagnostic } from "./diagnostics.ts";

/** `path:line:column  severity  reason  rule`, then the hint indented by four spaces. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, severity, reason, rule, hint } = diagnostic;
  const head = `${file}:${line}:${column}  ${severity}  ${reason}  ${rule}`;
  if (!hint) return head;
  return `${head}\n${hint
    .split("\n")
    .map((text) => `    ${text}`)
    .join("\n")}`;
}

/** A GitHub Actions `::error` or `::warning` command that annotates the line. */
export function formatGithub(diagnostic: Diagnostic): string {
  const { file, line, column, severity, reason, rule, hint } = diagnostic;
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${line}`,
    `col=${column}`,
    `title=${escapeProperty(`Citable: ${rule}`)}`,
  ].join(",");
  const message = hint ? `${reason}\n${hint}` : reason;
  return `::${severity} ${properties}::${escapeData(message)}`;
}

/** The closing line: what was checked and how many problems were found. */
export function formatSummary(diagnostics: readonly Diagnostic[], checked: string): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length === 0) return `✔ ${checked}: no problems.`;
  const mark = errors > 0 ? "✖" : "⚠";
  return `${mark} ${checked}: ${plural(errors, "error")}, ${plural(warnings, "warning")}.`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

// https://github.com/actions/toolkit/blob/main/packages/core/src/command.ts
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
