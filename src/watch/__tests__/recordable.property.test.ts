import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { loadWatch } from "../../core/content/watch-file.ts";
import type { Diagnostic } from "../../core/diagnostics/diagnostic.ts";
import { WATCH_STATES, type WatchedSource } from "../../core/schema/watch.ts";
import { recordable } from "../recordable.ts";
import { mergeWatch, writeWatch } from "../watch-json.ts";

const dir = mkdtempSync(join(tmpdir(), "citable-watch-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// What strangers' servers and pages can put in an entry: any status, any address, any text.
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ maxLength: 700 }),
  fc.constantFrom("", " ", "\u0000", "\ud800", "```", "@everyone", "\u202e"),
);
const address = fc.oneof(
  fc.webUrl(),
  fc.constantFrom(
    "https://exаmple.org/", // a Cyrillic а
    "https://www.banque.fr@evil.example/login",
    "javascript:alert(1)",
    "not an address",
    "http://127.0.0.1:8080/",
  ),
);
const id = fc.oneof(
  fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  fc.constantFrom("constructor", "__proto__", "to-string", "has-own-property"),
);
const entry: fc.Arbitrary<WatchedSource> = fc.record(
  {
    url: fc.constantFrom("https://example.org/article", "http://127.0.0.1:8080/page"),
    checked: fc.constantFrom("2026-11-30T06:00:00Z"),
    state: fc.constantFrom(...WATCH_STATES),
    status: fc.oneof(fc.integer({ min: -1, max: 1200 }), fc.double()),
    to: address,
    reason: anyText,
    gone: fc.array(
      fc.record({
        claim: id,
        citation: id,
        quote: anyText,
        closest: fc.record({ text: anyText, similarity: fc.double() }),
      }),
      { maxLength: 2 },
    ),
    changes: fc.array(
      fc.record({ old: anyText, new: anyText, near: fc.array(anyText, { maxLength: 2 }) }),
      {
        maxLength: 2,
      },
    ),
  },
  { requiredKeys: ["url", "checked", "state"] },
) as fc.Arbitrary<WatchedSource>;

describe("recordable", () => {
  it("lets watch-sources write only files that the check reads without a word", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(id, entry), { minLength: 1, maxLength: 4 }), (checks) => {
        const ids = new Set(checks.map(([name]) => name));
        let watch = mergeWatch(undefined, new Map(), ids);
        for (const [name, found] of checks)
          watch = mergeWatch(watch, new Map([[name, recordable(found)]]), ids);
        writeWatch(join(dir, "watch.json"), watch);
        const diagnostics: Diagnostic[] = [];
        const read = loadWatch(dir, "content", diagnostics);
        expect(diagnostics).toEqual([]);
        expect(Object.keys(read?.sources ?? {}).sort()).toEqual([...ids].sort());
      }),
      { numRuns: 150 },
    );
  });

  it("records a status outside 100-599 and a redirect to a look-alike host as unreachable, with the reason", () => {
    const base = { url: "https://example.org/a", checked: "2026-11-30T06:00:00Z" } as const;
    expect(recordable({ ...base, state: "unchanged", status: 999 })).toEqual({
      ...base,
      state: "unreachable",
      reason: "The answer could not be recorded: status Too big: expected number to be <=599.",
    });
    expect(
      recordable({ ...base, state: "moved", status: 200, to: "https://exаmple.org/" }),
    ).toEqual({
      ...base,
      state: "unreachable",
      reason:
        'The answer could not be recorded: the address "https://exаmple.org/" is one the check refuses (mixed-host).',
    });
  });
});
