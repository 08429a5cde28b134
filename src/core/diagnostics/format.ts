/**
 * Printing diagnostics: one line each for people, GitHub Actions workflow
 * commands for annotations on a pull request's lines.
 */
import type { Diagnostic } from "./diagnostic.ts";

/**
 * `path:line:column  severity  reason  rule`, then the hint indented by four
 * spaces. Control and bidirectional characters are written as `\u{…}`
 * escapes ({@link printable}).
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { line, column, severity, rule, hint } = diagnostic;
  const head = `${printable(diagnostic.file)}:${line}:${column}  ${severity}  ${printable(diagnostic.reason)}  ${rule}`;
  if (!hint) return head;
  return `${head}\n${hint
    .split("\n")
    .map((text) => `    ${printable(text)}`)
    .join("\n")}`;
}

// C0 and C1 controls (line breaks included), and the characters that reorder
// text or end a line: U+061C, U+200E-F, U+2028-9, U+202A-E, U+2066-9.
// biome-ignore lint/suspicious/noControlCharactersInRegex: they are what it finds.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/gu;

/**
 * `text` with its control and bidirectional characters written as `\u{202e}`:
 * a file name or a field from a pull request must not start a new line of the
 * output (a forged diagnostic, or a GitHub Actions command such as `::error`),
 * nor reorder what a reviewer reads.
 */
export function printable(text: string): string {
  return text.replace(
    UNPRINTABLE,
    (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}}`,
  );
}

/**
 * A GitHub Actions `::error` or `::warning` command that annotates the line,
 * and underlines the offending value when its end is known.
 */
export function formatGithub(diagnostic: Diagnostic): string {
  const { line, column, endLine, endColumn, severity, rule } = diagnostic;
  const file = printable(diagnostic.file);
  const reason = printable(diagnostic.reason);
  const hint = diagnostic.hint?.split("\n").map(printable).join("\n");
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${line}`,
    ...(endLine === undefined ? [] : [`endLine=${endLine}`]),
    `col=${column}`,
    ...(endColumn === undefined ? [] : [`endColumn=${endColumn}`]),
    `title=${escapeProperty(`Citable: ${rule}`)}`,
  ].join(",");
  const message = hint ? `${reason}\n${hint}` : reason;
  return `::${severity === "note" ? "notice" : severity} ${properties}::${escapeData(message)}`;
}

/** The closing line: what was checked and how many problems were found. */
export function formatSummary(diagnostics: readonly Diagnostic[], checked: string): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const notes = diagnostics.filter((d) => d.severity === "note").length;
  const warnings = diagnostics.length - errors - notes;
  const noted = notes > 0 ? ` (${plural(notes, "note")})` : "";
  if (errors + warnings === 0) return `✔ ${checked}: no problems${noted}.`;
  const mark = errors > 0 ? "✖" : "⚠";
  return `${mark} ${checked}: ${plural(errors, "error")}, ${plural(warnings, "warning")}${noted}.`;
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
