import { describe, expect, it } from "vitest";
import { durainClaim } from "../../site/__tests__/claim-fixture.ts";
import { type ExportContext, exportRecord } from "../../site/export.ts";
import { exportIndex, partPath } from "../../site/export-parts.ts";
import { exportIndexSchema, exportRecordSchema } from "../export.ts";

const context: ExportContext & { partUrl: (n: number) => string } = {
  siteUrl: "https://example.org/",
  pageUrl: (id) => `https://example.org/claims/${id}/`,
  sourceUrl: (id) => `https://example.org/sources/${id}/`,
  partUrl: (n) => `https://example.org/${partPath(n)}`,
  publisher: { name: "Rédaction Citable" },
  scale: { best: 4, worst: 1 },
  lang: "fr",
};

describe("exportIndexSchema", () => {
  it("accepts the index the site writes, and nothing more", () => {
    const index = exportIndex([durainClaim()], context);
    expect(exportIndexSchema.safeParse(index).success).toBe(true);
    expect(exportIndexSchema.safeParse({ ...index, extra: 1 }).success).toBe(false);
  });
});

describe("exportRecordSchema", () => {
  it("accepts a claim's record as the parts hold it, with nulls for what it leaves out", () => {
    const full = exportRecord(durainClaim({ updated: "2025-11-27" }), context);
    const bare = exportRecord(durainClaim({ claimant: undefined, tags: [] }), context);
    expect(exportRecordSchema.safeParse(full).error).toBeUndefined();
    expect(exportRecordSchema.safeParse(bare).error).toBeUndefined();
  });

  it("refuses a record that lacks a field", () => {
    const { summary: _, ...record } = exportRecord(durainClaim(), context);
    expect(exportRecordSchema.safeParse(record).success).toBe(false);
  });
});
