/** The JSON Schemas of the export, generated from its zod schemas (export.ts). */
import { z } from "zod";
import { EXPORT_SCHEMAS } from "./export.ts";
import { type JsonSchema, jsonSchemaText } from "./json-schema.ts";

/** The file name of one of the export's schemas in public/schemas/. */
export type ExportSchemaFile = keyof typeof EXPORT_SCHEMAS;

/** The names of the export's schema files. */
export const EXPORT_SCHEMA_FILES = Object.keys(EXPORT_SCHEMAS) as ExportSchemaFile[];

/** The JSON Schema (draft-07) of `file`, with a comment on where it comes from. */
export function exportJsonSchema(file: ExportSchemaFile): JsonSchema {
  const { $schema, ...rest } = z.toJSONSchema(EXPORT_SCHEMAS[file], { target: "draft-7" });
  return {
    $schema,
    $comment: "Generated from src/core/schema/export.ts by npm run schema: do not edit.",
    ...rest,
  };
}

/** The text of `file`, as `npm run schema` writes it. */
export function exportJsonSchemaText(file: ExportSchemaFile): string {
  return jsonSchemaText(exportJsonSchema(file));
}
