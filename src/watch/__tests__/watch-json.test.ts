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
    const merged = mergeWatch(previous, new Map([["b", entry("gone")]]), new Set(["a", "b"]));
    expect({ ...merged.sources }).toEqual({
      a: entry("unchanged"),
      b: { ...entry("gone"), firstChecked: entry("gone").checked, since: entry("gone").checked },
    });
  });
});

describe("mergeWatch's history", () => {
  const gone = {
    url: "https://example.org/",
    checked: "2026-11-23T06:00:00Z",
    state: "changed-quotes-gone" as const,
    status: 200,
    gone: [{ claim: "c", citation: "q1", quote: "Le passage cité." }],
    changes: [{ old: "Le passage cité.", new: "Un autre." }],
  };
  const outage = (checked: string) => ({
    url: "https://example.org/",
    checked,
    state: "unreachable" as const,
    reason: "https://example.org/ answered with HTTP status 503.",
    status: 503,
  });

  it("keeps the finding that a passage is gone through an outage, and says since when", () => {
    const first = mergeWatch(undefined, new Map([["a", gone]]), new Set(["a"]));
    const second = mergeWatch(
      first,
      new Map([["a", outage("2026-11-30T06:00:00Z")]]),
      new Set(["a"]),
    );
    const third = mergeWatch(
      second,
      new Map([["a", outage("2026-12-07T06:00:00Z")]]),
      new Set(["a"]),
    );
    expect(third.sources.a).toEqual({
      ...outage("2026-12-07T06:00:00Z"),
      firstChecked: "2026-11-23T06:00:00Z",
      since: "2026-11-30T06:00:00Z",
      lastRead: "2026-11-23T06:00:00Z",
      seen: "changed-quotes-gone",
      gone: gone.gone,
      changes: gone.changes,
    });
  });

  it("indexes sources by id without a plain object: __proto__ and constructor are ids like others", () => {
    const ids = ["__proto__", "constructor", "to-string"];
    const merged = mergeWatch(
      undefined,
      new Map(ids.map((id) => [id, entry("unchanged")])),
      new Set(ids),
    );
    expect(Object.keys(merged.sources).sort()).toEqual(ids.slice().sort());
    expect(Object.keys(JSON.parse(watchJson(merged)).sources)).toEqual(ids.slice().sort());
  });
});
