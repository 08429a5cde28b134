import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { watchSchema } from "../../core/schema/watch.ts";
import { mergeWatch, watchJson } from "../watch-json.ts";

const FIXTURE = new URL("./fixtures/content/watch.json", import.meta.url);
const entry = (state: "gone" | "unchanged") => ({
  url: "https://example.org/",
  checked: "2026-11-30T06:00:00Z",
  state,
});

describe("watchJson", () => {
  it("writes the file a test site commits, byte for byte", () => {
    const text = readFileSync(FIXTURE, "utf8");
    expect(watchJson(watchSchema.parse(JSON.parse(text)))).toBe(text);
  });

  it("orders sources by id and fields in one order, whatever order they come in", () => {
    const text = watchJson({
      sources: {
        zeta: {
          status: 404,
          state: "gone",
          checked: "2026-11-30T06:00:00Z",
          url: "https://example.org/z",
        },
        alpha: entry("unchanged"),
      },
    });
    expect(text).toBe(
      '{\n  "sources": {\n    "alpha": {\n      "url": "https://example.org/",\n      "checked": "2026-11-30T06:00:00Z",\n      "state": "unchanged"\n    },\n    "zeta": {\n      "url": "https://example.org/z",\n      "checked": "2026-11-30T06:00:00Z",\n      "state": "gone",\n      "status": 404\n    }\n  }\n}\n',
    );
  });
});

describe("mergeWatch", () => {
  it("keeps the sources not checked this time, replaces those checked, and drops those no longer watched", () => {
    const previous = {
      sources: { a: entry("unchanged"), b: entry("unchanged"), c: entry("unchanged") },
    };
    expect(mergeWatch(previous, { b: entry("gone") }, new Set(["a", "b"]))).toEqual({
      sources: { a: entry("unchanged"), b: entry("gone") },
    });
  });
});
