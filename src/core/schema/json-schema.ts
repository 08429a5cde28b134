/**
 * JSON Schemas of claim and source front matter, generated from the zod
 * schemas so that the two cannot disagree. Editors with a YAML language server
 * read them to complete and check fields as you type; `npm run schema` writes
 * them to public/schemas/, and the site serves them.
 *
 * Draft-07, the draft every YAML language server reads. What zod checks in code
 * becomes a pattern: a date is a text `YYYY-MM-DD` (the check alone knows that
 * February has no 30th), an address starts with http:// or https://, a text
 * has a character other than white space.
 */
import { z } from "zod";
import { claimSchema } from "./claim.ts";
import { isHttpAddress, isRealDate } from "./fields.ts";
import type { Ratings } from "./settings.ts";
import { sourceSchema } from "./source.ts";

/** A JSON Schema, as plain data. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/** The kinds of content file that have a front matter schema. */
export const FRONT_MATTER_KINDS = ["claim", "source"] as const;

/** `claim` or `source`. */
export type FrontMatterKind = (typeof FRONT_MATTER_KINDS)[number];

/** A date as the check accepts it: a day, `2026-02-09`, without a time. */
export const DATE_PATTERN = "^\\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])$";

/** The file name of a kind's schema, in public/schemas/. */
export function schemaFileName(kind: FrontMatterKind): string {
  return `${kind}.schema.json`;
}

const SCHEMAS = { claim: claimSchema, source: sourceSchema } as const;

/**
 * The JSON Schema of a kind's front matter. With the site's `ratings`, the
 * claim's `verdict` lists the scale's keys, so that an editor completes them.
 */
export function frontMatterJsonSchema(kind: FrontMatterKind, ratings?: Ratings): JsonSchema {
  const generated = z.toJSONSchema(SCHEMAS[kind], {
    target: "draft-7",
    // What an author writes, before defaults are applied.
    io: "input",
    override: ({ zodSchema, jsonSchema }) => refine(zodSchema, jsonSchema),
  });
  const { $schema, ...rest } = generated;
  const schema: JsonSchema = {
    $schema,
    $comment: `Generated from src/core/schema/${kind}.ts by npm run schema: do not edit.`,
    title: kind === "claim" ? "Citable claim front matter" : "Citable source front matter",
    ...rest,
  };
  const verdict = schema.properties?.verdict;
  if (kind === "claim" && ratings && typeof verdict === "object") {
    verdict.enum = ratings.verdicts.map((entry) => entry.key);
    // Read by YAML language servers to explain each value it completes.
    verdict.enumDescriptions = ratings.verdicts.map(
      (entry) => `${entry.label.en} (${entry.label.fr}): ${entry.description.en}`,
    );
  }
  return schema;
}

/**
 * The text of a kind's schema file: indented JSON as the project's formatter
 * (Biome) writes it, a list of names on one line when it fits in 100 columns,
 * so that formatting the file leaves it as generated.
 */
export function frontMatterJsonSchemaText(kind: FrontMatterKind, ratings?: Ratings): string {
  return jsonSchemaText(frontMatterJsonSchema(kind, ratings));
}

/** The text of a schema file, formatted as Biome formats JSON (see {@link frontMatterJsonSchemaText}). */
export function jsonSchemaText(schema: JsonSchema): string {
  return `${json(schema, "", 0)}\n`;
}

function json(value: unknown, indent: string, column: number): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const flat = `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
    const simple = value.every((item) => typeof item !== "object" || item === null);
    // The column after the list holds a comma, or the closing of the line.
    if (simple && column + flat.length + 1 <= 100) return flat;
    const items = value.map((item) => `${inner}${json(item, inner, inner.length)}`);
    return `[\n${items.join(",\n")}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([key, item]) => {
    const head = `${inner}${JSON.stringify(key)}: `;
    return `${head}${json(item, inner, head.length)}`;
  });
  return entries.length === 0 ? "{}" : `{\n${entries.join(",\n")}\n${indent}}`;
}

/**
 * Adds a pattern for what zod checks in code, and the check's own words for an
 * editor to show when the pattern fails (`patternErrorMessage`, which YAML
 * language servers read), so that the editor and `npm run check` say the same.
 */
function refine(schema: z.core.$ZodType, json: JsonSchema): void {
  const def = schema._zod.def as { type: string; checks?: z.core.$ZodCheck[] } & ErrorDef;
  if (def.type !== "string") return;
  const checks = (def.checks ?? []).map((check) => check._zod.def as CheckDef);
  if (checks.some((check) => check.check === "custom" && check.fn === isRealDate)) {
    json.pattern = DATE_PATTERN;
  } else if (checks.some((check) => check.check === "overwrite") && json.minLength === 1) {
    // The text is trimmed before its length is checked: white space alone is empty.
    json.pattern = "\\S";
  }
  if (checks.some((check) => check.check === "custom" && check.fn === isHttpAddress)) {
    // The scheme is what a pattern can say; the check alone knows the rest (address.ts).
    json.format = "uri";
    json.pattern = "^(?:https?)://";
  }
  const words = [...checks, def].map(message).find((text) => text !== undefined);
  if (json.pattern !== undefined && words !== undefined) {
    json.patternErrorMessage = `${words[0]?.toUpperCase()}${words.slice(1)}.`;
  }
}

interface ErrorDef {
  /** zod keeps a custom message as a function of the issue. */
  error?: (issue: object) => unknown;
}

interface CheckDef extends ErrorDef {
  check: string;
  fn?: unknown;
}

/** The custom message of a check, such as "must not be empty". */
function message(def: ErrorDef): string | undefined {
  try {
    const text = def.error?.({});
    return typeof text === "string" && text !== "" ? text : undefined;
  } catch {
    return undefined;
  }
}
