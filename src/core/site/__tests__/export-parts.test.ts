import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { type ExportContext, exportRecord } from "../export.ts";
import {
  exportIndex,
  exportOrder,
  exportParts,
  PART_SIZE,
  partFile,
  partPath,
  partText,
} from "../export-parts.ts";
import { durainClaim, inverifiable } from "./claim-fixture.ts";

const context: ExportContext & { partUrl: (n: number) => string } = {
  siteUrl: "https://example.org/",
  pageUrl: (id) => `https://example.org/claims/${id}/`,
  sourceUrl: (id) => `https://example.org/sources/${id}/`,
  partUrl: (n) => `https://example.org/${partPath(n)}`,
  publisher: { name: "Rédaction Citable", url: "https://example.org" },
  scale: { best: 4, worst: 1 },
  lang: "fr",
  generated: "2026-03-01T12:00:00Z",
};

/** `count` claims, one a day from 2020-01-01, newest first as the site lists them. */
function claims(count: number) {
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    return durainClaim({ id: `claim-${String(i).padStart(5, "0")}`, published: day });
  }).reverse();
}

describe("partPath", () => {
  it("numbers the parts from 1 in the export folder", () => {
    expect([1, 2, 31].map(partPath)).toEqual([
      "export/claims-1.ndjson.gz",
      "export/claims-2.ndjson.gz",
      "export/claims-31.ndjson.gz",
    ]);
  });
});

describe("exportOrder", () => {
  it("puts the oldest fact-check first, and orders one day's by id", () => {
    const ordered = exportOrder([
      durainClaim({ id: "b", published: "2025-11-24" }),
      durainClaim({ id: "c", published: "2025-11-20" }),
      durainClaim({ id: "a", published: "2025-11-24" }),
    ]);
    expect(ordered.map((claim) => claim.id)).toEqual(["c", "a", "b"]);
  });
});

describe("exportParts", () => {
  it("cuts the claims into parts of PART_SIZE, the last one shorter", () => {
    const parts = exportParts(claims(2 * PART_SIZE + 3));
    expect(parts.map((part) => part.length)).toEqual([PART_SIZE, PART_SIZE, 3]);
    expect(parts[0]?.[0]?.id).toBe("claim-00000");
  });

  it("leaves the earlier parts as they were when a newer claim is published", () => {
    const before = exportParts(claims(PART_SIZE + 5));
    const after = exportParts(claims(PART_SIZE + 6));
    expect(after[0]).toEqual(before[0]);
    expect(after[1]?.slice(0, 5)).toEqual(before[1]);
  });

  it("gives no part when there is no claim", () => {
    expect(exportParts([])).toEqual([]);
  });
});

describe("exportIndex", () => {
  it("describes the site, lists the parts and, for each claim, its verdict, dates and part", () => {
    const data = exportIndex(
      [
        durainClaim({ id: "recent", published: "2025-12-02", updated: "2025-12-03" }),
        durainClaim({ id: "old", verdict: inverifiable }),
      ],
      context,
    );
    expect(data).toEqual({
      site: {
        url: "https://example.org/",
        lang: "fr",
        publisher: { name: "Rédaction Citable", url: "https://example.org" },
        scale: { best: 4, worst: 1 },
      },
      generated: "2026-03-01T12:00:00Z",
      count: 2,
      parts: [
        {
          url: "https://example.org/export/claims-1.ndjson.gz",
          count: 2,
          format: "application/x-ndjson",
          encoding: "gzip",
        },
      ],
      claims: [
        { id: "old", verdict: "inverifiable", published: "2025-11-24", updated: null, part: 0 },
        { id: "recent", verdict: "faux", published: "2025-12-02", updated: "2025-12-03", part: 0 },
      ],
    });
  });

  it("points each claim at the part that holds it", () => {
    const data = exportIndex(claims(PART_SIZE + 1), context) as {
      parts: unknown[];
      claims: Array<{ id: string; part: number }>;
    };
    expect(data.parts).toHaveLength(2);
    expect(data.claims.at(-1)).toMatchObject({ id: `claim-0${PART_SIZE}`, part: 1 });
    expect(data.claims[PART_SIZE - 1]).toMatchObject({ part: 0 });
  });

  it.each([
    [
      "the latest publication date",
      [durainClaim(), durainClaim({ published: "2025-12-02" })],
      "2025-12-02",
    ],
    ["a later update", [durainClaim({ updated: "2026-01-15" })], "2026-01-15"],
    [
      "a later correction",
      [durainClaim({ corrections: [{ date: "2026-02-03", note: "Lien corrigé." }] })],
      "2026-02-03",
    ],
    ["null for no claims", [], null],
  ])("dates an export with no generation time by %s", (_name, claims, generated) => {
    const data = exportIndex(claims, { ...context, generated: undefined });
    expect(data.generated).toBe(generated);
  });
});

describe("partText", () => {
  it("writes one claim's record per line, each line ending the record", () => {
    const part = [durainClaim({ id: "a" }), durainClaim({ id: "b" })];
    const lines = partText(part, context).split("\n");
    expect(lines.at(-1)).toBe("");
    expect(lines.slice(0, -1).map((line) => JSON.parse(line))).toEqual(
      part.map((claim) => exportRecord(claim, context)),
    );
  });
});

describe("partFile", () => {
  it("compresses the part's text with gzip", async () => {
    const part = claims(20);
    const file = await partFile(part, context);
    expect(gunzipSync(file).toString("utf8")).toBe(partText(part, context));
  });

  it("keeps a full part of typical claims far under 10 MB", async () => {
    const file = await partFile(claims(PART_SIZE), context);
    expect(file.byteLength).toBeLessThan(1_000_000);
  });
});
