/**
 * The templates `npm run new` writes: every field of the front matter with its
 * explanation in a comment. The explanations are the schema's own `.describe()`
 * texts, read from the JSON Schema, so a field added to the schema shows up
 * here with its words; only the example values are written by hand, in
 * template-examples.ts.
 *
 * Required fields are left empty, so that `npm run check` names each one until
 * it is filled in; optional fields are commented out, with an example.
 */
import {
  type FrontMatterKind,
  frontMatterJsonSchema,
  type JsonSchema,
  schemaFileName,
} from "../core/schema/json-schema.ts";
import type { Ratings } from "../core/schema/settings.ts";
import { EXAMPLES } from "./template-examples.ts";

const INTRO = [
  "Fill in each empty field: the comments above it say what it holds, and can stay.",
  "Optional fields are commented out: remove the # in front of one to use it.",
  "npm run check says what is still missing. The guide: CONTRIBUTING.md.",
];

/** What goes below the front matter. */
const BODY: Record<FrontMatterKind, string> = {
  claim:
    "Below the closing ---, write the reasoning in Markdown, and cite each passage by its id, such as [@pret].",
  source:
    "Below the closing ---, paste the text as published, in Markdown. Keep its own characters (apostrophes, no-break spaces, look-alike letters); leave out menus, share buttons, 'read also' links and comment prompts.",
};

const WIDTH = 100;

/** Fields that a command writes, never a person: `npm run import` records the capture. */
const WRITTEN_BY_COMMANDS = new Set(["source.capture"]);

/**
 * The text of a new claim or source file; `today` is `YYYY-MM-DD`; `given`
 * holds fields the contributor already wrote (`npm run new -- claim x --claim "…"`).
 */
export function template(
  kind: FrontMatterKind,
  today: string,
  ratings?: Ratings,
  given: Record<string, string> = {},
): string {
  const schema = frontMatterJsonSchema(kind, ratings);
  // The date the contributor is creating: the fact-check's publication, the copy's capture.
  const filled: Record<string, string> = {
    ...(kind === "claim" ? { published: today } : { archived: today }),
    // JSON's quoting is YAML's: a colon or a quotation mark in the text stays text.
    ...Object.fromEntries(
      Object.entries(given).map(([name, text]) => [name, JSON.stringify(text)]),
    ),
  };
  const lines = [
    "---",
    `# yaml-language-server: $schema=../../public/schemas/${schemaFileName(kind)}`,
    ...comment("", [schema.description ?? "", ...INTRO]),
    "",
    ...fields(schema, kind, "", { filled, blankBetween: true }),
    "",
    ...comment("", [BODY[kind]]),
    "---",
    "",
  ];
  return lines.join("\n");
}

interface Render {
  /** Values written in, by field name. */
  filled?: Record<string, string>;
  /** Whether the fields are examples (commented out by the caller) rather than blanks to fill in. */
  example?: boolean;
  /** A blank line between fields, at the top level. */
  blankBetween?: boolean;
}

/** The lines of an object's fields, at `indent`. */
function fields(schema: JsonSchema, path: string, indent: string, render: Render): string[] {
  const lines: string[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (typeof property !== "object") continue;
    const isRequired = required.has(name);
    const fieldPath = `${path}.${name}`;
    const byCommand = WRITTEN_BY_COMMANDS.has(fieldPath);
    if (byCommand && render.example) continue;
    if (render.blankBetween && lines.length > 0) lines.push("");
    const words = property.description ?? "";
    lines.push(...comment(indent, [isRequired ? words : `Optional. ${words}`]));
    const written = render.filled?.[name];
    if (byCommand) continue;
    if (written !== undefined) lines.push(`${indent}${name}: ${written}`);
    else if (isRequired && !render.example) lines.push(...blank(name, property, fieldPath, indent));
    else if (isRequired) lines.push(...value(name, property, fieldPath, indent));
    else lines.push(...commentOut(indent, value(name, property, fieldPath, indent)));
  }
  return lines;
}

/** A required field left empty, with what to write in it. */
function blank(name: string, schema: JsonSchema, path: string, indent: string): string[] {
  const item = itemObject(schema);
  if (item) return [`${indent}${name}:`, ...listItem(item, `${path}[]`, indent, {})];
  // On one line, however long: the example is a value to copy.
  const hint = schema.enum ? `One of: ${schema.enum.join(", ")}.` : `Such as: ${example(path)}`;
  return [`${indent}# ${hint}`, `${indent}${name}:`];
}

/** A field with its example value. */
function value(name: string, schema: JsonSchema, path: string, indent: string): string[] {
  const item = itemObject(schema);
  if (item) {
    return [`${indent}${name}:`, ...listItem(item, `${path}[]`, indent, { example: true })];
  }
  return [`${indent}${name}: ${example(path)}`];
}

/** One item of a list of objects: its fields two spaces in, the first one after `- `. */
function listItem(item: JsonSchema, path: string, indent: string, render: Render): string[] {
  const inner = `${indent}    `;
  const lines = fields(item, path, inner, render);
  const first = lines.findIndex((line) => !line.startsWith(`${inner}#`));
  return lines.map((line, index) => {
    const text = line.slice(inner.length);
    if (index === first) return `${indent}  - ${text}`;
    return index < first ? `${indent}  ${text}` : line;
  });
}

function itemObject(schema: JsonSchema): JsonSchema | undefined {
  const items = schema.items;
  return schema.type === "array" && typeof items === "object" && !Array.isArray(items)
    ? items.type === "object"
      ? items
      : undefined
    : undefined;
}

function example(path: string): string {
  const yaml = EXAMPLES[path];
  if (yaml === undefined) {
    throw new Error(`The template has no example for the field ${path}: add one in template.ts.`);
  }
  return yaml;
}

/** Paragraphs as `# ` comment lines, wrapped. */
function comment(indent: string, paragraphs: string[]): string[] {
  return paragraphs
    .flatMap((paragraph) => wrap(paragraph, WIDTH - indent.length - 2))
    .map((line) => `${indent}# ${line}`);
}

function commentOut(indent: string, lines: string[]): string[] {
  return lines.map((line) => `${indent}# ${line.slice(indent.length)}`);
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}
