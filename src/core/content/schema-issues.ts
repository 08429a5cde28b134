/**
 * Turning zod's issues into diagnostics a contributor understands: the field
 * by its name and item (`"quote" of citation 3`), on the field's own line, with what the
 * field is for, as Starlight's friendly error map does.
 */
import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";
import { type Diagnostic, diagnostic, type Span } from "../diagnostics/diagnostic.ts";
import { Rule, type RuleId } from "../diagnostics/rules.ts";

/** Where the issues come from: a file, and where each field path was written in it. */
export interface IssueContext {
  /** The file's display path. */
  file: string;
  /** Line and column of the field at `path`, or of its closest parent, and where it ends. */
  position(path: readonly PropertyKey[]): Span;
}

/** One diagnostic per zod issue (one per unknown key). */
export function schemaDiagnostics(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  context: IssueContext,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (path: readonly PropertyKey[], rule: RuleId, reason: string, hint?: string) => {
    diagnostics.push(
      diagnostic({
        file: context.file,
        ...context.position(path),
        rule,
        reason,
        hint,
      }),
    );
  };
  for (const issue of issues) {
    const subject = fieldSubject(issue.path);
    if (issue.code === "unrecognized_keys") {
      const known = Object.keys(shapeAt(schema, issue.path) ?? {});
      for (const key of issue.keys) {
        const guess = known.length > 0 ? closest(key, known) : undefined;
        const near = guess !== undefined && distance(key, guess) <= Math.max(2, key.length / 3);
        report(
          [...issue.path, key],
          Rule.unknownField,
          `${fieldSubject([...issue.path, key])} is not part of the format${near ? `; did you mean "${guess}"?` : "."}`,
          known.length > 0 ? `Known fields here: ${known.join(", ")}.` : undefined,
        );
      }
      continue;
    }
    const description = describe(schema, issue.path);
    const hint = description ? `${hintName(issue.path)}: ${description}` : undefined;
    if (issue.code === "invalid_type" && issue.input === undefined) {
      report(
        issue.path,
        Rule.missingField,
        `${subject.replace(/^The field/, "The required field")} is missing.`,
        hint,
      );
      continue;
    }
    const own =
      issue.code === "custom" ? diagnoseOf(issue.params, subject, issue.input) : undefined;
    if (own) {
      report(issue.path, own.rule, own.reason, hint);
      continue;
    }
    const rule = (issue.code === "custom" && (issue.params?.rule as RuleId)) || Rule.invalidField;
    const fix = issue.code === "custom" ? fixOf(issue.params, issue.input) : undefined;
    const reason = issue.message.startsWith("must ")
      ? `${subject} ${issue.message}, but it is ${show(issue.input)}.${fix ? ` ${fix}` : ""}`
      : `${subject} is not valid: ${issue.message}.`;
    report(issue.path, rule, reason, hint);
  }
  return diagnostics;
}

/** The diagnostic that a check's `params.diagnose` words itself, when it does. */
function diagnoseOf(
  params: Record<string, unknown> | undefined,
  subject: string,
  input: unknown,
): { rule: RuleId; reason: string } | undefined {
  const diagnose = params?.diagnose;
  return typeof diagnose === "function"
    ? (diagnose(subject, input) as { rule: RuleId; reason: string } | undefined)
    : undefined;
}

/** What to write instead, when a check's `params.fix` can tell from the value. */
function fixOf(params: Record<string, unknown> | undefined, input: unknown): string | undefined {
  const fix = params?.fix;
  return typeof fix === "function" ? (fix(input) as string | undefined) : undefined;
}

/**
 * How a message names the field at `path`, items of lists counted from 1:
 * `The field "published"`, `The field "quote" of citation 2` for
 * `["citations", 1, "quote"]`, `Citation 2` for the item itself.
 */
export function fieldSubject(path: readonly PropertyKey[]): string {
  const last = path.findLastIndex((segment) => typeof segment === "number");
  if (last === -1) return `The field "${path.map(String).join(".")}"`;
  const item = `${singular(String(path[last - 1] ?? "item"))} ${Number(path[last]) + 1}`;
  const rest = path
    .slice(last + 1)
    .map(String)
    .join(".");
  if (rest === "") return `${item[0]?.toUpperCase()}${item.slice(1)}`;
  return `The field "${rest}" of ${item}`;
}

/** The field's name within its item, before its description in a hint: `quote`, `publisher.url`. */
function hintName(path: readonly PropertyKey[]): string {
  const last = path.findLastIndex((segment) => typeof segment === "number");
  if (last === -1) return path.map(String).join(".");
  const rest = path
    .slice(last + 1)
    .map(String)
    .join(".");
  return rest === "" ? singular(String(path[last - 1] ?? "item")) : rest;
}

/** `citations` → `citation`: the name of one item of a list field. */
function singular(list: string): string {
  return list.endsWith("s") ? list.slice(0, -1) : list;
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
