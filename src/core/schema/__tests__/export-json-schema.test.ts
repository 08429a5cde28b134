import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  EXPORT_SCHEMA_FILES,
  exportJsonSchema,
  exportJsonSchemaText,
} from "../export-json-schema.ts";

const PROJECT = fileURLToPath(new URL("../../../..", import.meta.url));

describe("exportJsonSchemaText", () => {
  it.each(EXPORT_SCHEMA_FILES)(
    "is what public/schemas holds as %s (run npm run schema)",
    (file) => {
      expect(readFileSync(join(PROJECT, "public/schemas", file), "utf8")).toBe(
        exportJsonSchemaText(file),
      );
    },
  );
});

describe("exportJsonSchema", () => {
  it("closes the index and its entries to unknown fields", () => {
    const schema = exportJsonSchema("claims-index.schema.json");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["site", "generated", "count", "parts", "claims"]);
  });
});
