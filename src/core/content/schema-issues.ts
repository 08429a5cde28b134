/**
 * Turning zod's issues into diagnostics a contributor understands: the field
 * by its path (`citations[2].quote`), on the field's own line, with what the
 * field is for, as Starlight's friendly error map does.
 */
import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";
import type { Diagnostic } from "../check/diagnostics.ts";
import { Rule, type RuleId } from "../check/rules.ts";

/** Where the issues come from: a file, and where each field path was written in it. */
export interface IssueContext {
  /** The file's display path. */
  file: string;
  /** Line and column of the field at `path`, or of its closest parent. */
  position(path: readonly PropertyKey[]): { line: number; column: number };
}

/** One diagnostic per zod issue (one per unknown key). */
export function schemaDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  context: IssueContext,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (path: readonly PropertyKey[], rule: RuleId, reason: string, hint?: string) => {
    diagnostics.push({
      file: context.file,
      ...context.position(path),
      severity: "error",
      rule,
      reason,
      hint,
    });
  };
  for (const issue of issues) {
    const name = fieldPath(issue.path);
    if (issue.code === "unrecognized_keys") {
      const known = Object.keys(shapeAt(schema, issue.path) ?? {});
      for (const key of issue.keys) {
        const guess = known.length > 0 ? closest(key, known) : undefined;
        const near = guess !== undefined && distance(key, guess) <= Math.max(2, key.length / 3);
        const field = fieldPath([...issue.path, key]);
        report(
          [...issue.path, key],
          Rule.unknownField,
          `The field "${field}" is not part of the format${near ? `; did you mean "${guess}"?` : "."}`,
          known.length > 0 ? `Known fields here: ${known.join(", ")}.` : undefined,
        );
      }
      continue;
    }
    const description = describe(schema, issue.path);
    const hint = description ? `${name}: ${description}` : undefined;
    if (issue.code === "invalid_type" && issue.input === undefined) {
      report(issue.path, Rule.missingField, `The required field "${name}" is missing.`, hint);
      continue;
    }
    const rule = (issue.code === "custom" && (issue.params?.rule as RuleId)) || Rule.invalidField;
    const reason = issue.message.startsWith("must ")
      ? `The field "${name}" ${issue.message}, but it is ${show(issue.input)}.`
      : `The field "${name}" is not valid: ${issue.message}.`;
    report(issue.path, rule, reason, hint);
  }
  return diagnostics;
}

/** `["citations", 2, "quote"]` as `citations[2].quote`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

function show(input: unknown): string {
  if (input === null || input === undefined) return "empty";
  if (Array.isArray(input)) return "a list";
  if (typeof input === "object") return "a mapping of fields";
  if (typeof input === "string") {
    return JSON.stringify(input.length > 60 ? `${input.slice(0, 57)}…` : input);
  }
  return String(input);
}

/** The schema at `path`, through optionals, defaults, arrays and objects. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const segment of path) {
    if (current === undefined) return undefined;
    const def = current._zod.def as {
      type: string;
      shape?: Record<string, z.ZodType>;
      element?: z.ZodType;
    };
    if (def.type === "object" && typeof segment === "string") current = def.shape?.[segment];
    else if (def.type === "array" && typeof segment === "number") current = def.element;
    else return undefined;
    current = current && unwrap(current);
  }
  return current;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType };
    if ((def.type === "optional" || def.type === "default") && def.innerType)
      current = def.innerType;
    else return current;
  }
}

function shapeAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
): Record<string, unknown> | undefined {
  const def = schemaAt(schema, path)?._zod.def as { shape?: Record<string, unknown> } | undefined;
  return def?.shape;
}

/** The `.describe()` text of the field at `path`. */
function describe(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  let current: z.ZodType | undefined = schema;
  const parentPath = [...path];
  // The description sits on the optional wrapper, so look it up from the parent's shape.
  const last = parentPath.pop();
  current = schemaAt(schema, parentPath);
  const def = current?._zod.def as
    | { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType }
    | undefined;
  if (def?.type === "object" && typeof last === "string") return def.shape?.[last]?.description;
  if (def?.type === "array") return def.element?.description;
  return current?.description;
}
