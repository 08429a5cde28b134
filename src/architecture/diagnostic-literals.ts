/**
 * One factory makes every Diagnostic (`diagnostic()` in
 * src/core/diagnostics/diagnostic.ts), so that a rule has one severity and a
 * diagnostic one shape. This finds the product code that builds one by hand:
 * an object literal with a `severity` property, read with TypeScript's own
 * parser, so that comments and strings that mention it do not count.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ts from "typescript";

/** The one module allowed to write a Diagnostic literal, relative to the project. */
export const DIAGNOSTIC_FACTORY = "src/core/diagnostics/diagnostic.ts";

/** A Diagnostic built by hand: where, and what to do instead. */
export interface HandMadeDiagnostic {
  /** The file, relative to the root. */
  file: string;
  /** 1-based line and column of the object literal. */
  line: number;
  column: number;
  reason: string;
}

const REASON = `builds a Diagnostic by hand; call diagnostic() from ${DIAGNOSTIC_FACTORY}, which gives the rule its severity`;

/**
 * The object literals with a `severity` property in the `.ts` files under
 * `root`/src, tests (`__tests__/`) and the factory left out. Astro files are
 * not read: they render, and never report.
 */
export function handMadeDiagnostics(root: string): HandMadeDiagnostic[] {
  const found: HandMadeDiagnostic[] = [];
  for (const file of productFiles(join(root, "src"))) {
    const path = relative(root, file).split(sep).join("/");
    if (path === DIAGNOSTIC_FACTORY) continue;
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
    const visit = (node: ts.Node): void => {
      if (ts.isObjectLiteralExpression(node) && node.properties.some(namesSeverity)) {
        const at = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ file: path, line: at.line + 1, column: at.character + 1, reason: REASON });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function namesSeverity(property: ts.ObjectLiteralElementLike): boolean {
  const name = property.name;
  if (!name || !(ts.isIdentifier(name) || ts.isStringLiteral(name))) return false;
  return name.text === "severity";
}

function productFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "__tests__" && entry.name !== "node_modules")
        files.push(...productFiles(path));
    } else if (entry.name.endsWith(".ts")) files.push(path);
  }
  return files.sort();
}
