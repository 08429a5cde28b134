import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { newestFirst, type Relatable, RelatedIndex, relatedClaims } from "../related.ts";

const claim = (id: string, published: string, extra: Partial<Relatable> = {}): Relatable => ({
  id,
  published,
  sources: [],
  claimant: undefined,
  tags: [],
  ...extra,
});

describe("relatedClaims", () => {
  it("puts a claim citing the same source before one sharing only a tag", () => {
    const related = relatedClaims([
      claim("a", "2026-01-10", { sources: ["journal"], tags: ["Narcotrafic"] }),
      claim("b", "2026-01-09", { tags: ["Narcotrafic"] }),
      claim("c", "2026-01-01", { sources: ["journal"] }),
    ]);
    expect(related.get("a")).toEqual(["c", "b"]);
  });

  it("counts a shared claimant above a shared tag", () => {
    const related = relatedClaims([
      claim("a", "2026-01-10", { claimant: "Message viral", tags: ["x"] }),
      claim("b", "2026-01-09", { tags: ["x"] }),
      claim("c", "2026-01-01", { claimant: "Message viral" }),
    ]);
    expect(related.get("a")).toEqual(["c", "b"]);
  });

  it("keeps three at most, the nearest in date first when scores tie", () => {
    const all = ["2026-01-01", "2026-01-05", "2026-01-08", "2026-01-09", "2026-01-20"].map(
      (date, index) => claim(`c${index}`, date, { tags: ["x"] }),
    );
    expect(relatedClaims(all).get("c2")).toEqual(["c1", "c3", "c0"]);
  });

  it("gives no related claim to a claim that shares nothing", () => {
    const related = relatedClaims([
      claim("a", "2026-01-10", { tags: ["x"] }),
      claim("b", "2026-01-09", { tags: ["y"] }),
    ]);
    expect(related.get("a")).toEqual([]);
  });

  it("relates ten thousand claims under one tag without comparing every pair", () => {
    const all = Array.from({ length: 10_000 }, (_, index) =>
      claim(`c${index}`, `2026-01-${String((index % 28) + 1).padStart(2, "0")}`, { tags: ["x"] }),
    );
    // The work is counted, not timed: every read of a claim's field. Comparing every pair
    // would read 10^8 of them; the nearest 40 per key, and the sort, about 10^6.
    let reads = 0;
    const counted = all.map(
      (one) =>
        new Proxy(one, {
          get(target, field, receiver) {
            reads++;
            return Reflect.get(target, field, receiver);
          },
        }),
    );
    const related = relatedClaims(counted);
    expect(related.get("c0")).toHaveLength(3);
    expect(reads).toBeLessThan(2_000_000);
  });
});

describe("RelatedIndex", () => {
  it("answers for any claim of the site, and none for an unknown id", () => {
    const index = new RelatedIndex([
      claim("a", "2026-01-10", { tags: ["x"] }),
      claim("b", "2026-01-09", { tags: ["x"] }),
    ]);
    expect(index.of("a")).toEqual(["b"]);
    expect(index.of("z")).toEqual([]);
  });
});

describe("newestFirst", () => {
  it("orders claims from the newest, those of one day by id", () => {
    const claims = [
      { id: "b", published: "2026-01-02" },
      { id: "c", published: "2026-01-09" },
      { id: "a", published: "2026-01-02" },
    ];
    expect(claims.sort(newestFirst).map((claim) => claim.id)).toEqual(["c", "a", "b"]);
  });
});

describe("relatedClaims, against sorting every candidate", () => {
  // The plain definition: every claim that shares a key (among each key's 40
  // nearest in date), all sorted by score, then distance in date, then id.
  function sortedAll(claims: Relatable[], limit: number): Map<string, string[]> {
    const ordered = [...claims].sort(newestFirst);
    const rank = new Map(ordered.map((claim, index) => [claim.id, index]));
    const keys = (claim: Relatable) => [
      ...[...new Set(claim.sources)].map((id) => [`source:${id}`, 3] as const),
      ...(claim.claimant ? [[`claimant:${claim.claimant}`, 2] as const] : []),
      ...[...new Set(claim.tags)].map((tag) => [`tag:${tag}`, 1] as const),
    ];
    const byKey = new Map<string, Relatable[]>();
    for (const claim of ordered)
      for (const [name] of keys(claim)) byKey.set(name, [...(byKey.get(name) ?? []), claim]);
    const result = new Map<string, string[]>();
    for (const claim of ordered) {
      const at = rank.get(claim.id) ?? 0;
      const scores = new Map<string, number>();
      for (const [name, weight] of keys(claim)) {
        const list = byKey.get(name) ?? [];
        const low = list.findIndex((other) => (rank.get(other.id) ?? 0) >= at);
        const start = low === -1 ? list.length : low;
        const from = Math.max(0, Math.min(start - 20, list.length - 40));
        for (const other of list.length <= 40 ? list : list.slice(from, from + 40))
          if (other.id !== claim.id) scores.set(other.id, (scores.get(other.id) ?? 0) + weight);
      }
      const distance = (id: string) => Math.abs((rank.get(id) ?? 0) - at);
      const ids = [...scores]
        .sort(([a, x], [b, y]) => y - x || distance(a) - distance(b) || a.localeCompare(b))
        .slice(0, limit)
        .map(([id]) => id);
      result.set(claim.id, ids);
    }
    return result;
  }

  it("keeps the same claims in the same order as sorting them all", () => {
    const arbitraryClaim = fc.record({
      id: fc.stringMatching(/^[a-z0-9-]{1,6}$/),
      published: fc.constantFrom("2024-01-01", "2024-01-02", "2024-02-10", "2025-05-05"),
      sources: fc.array(fc.constantFrom("s1", "s2", "s3"), { maxLength: 2 }),
      claimant: fc.option(fc.constantFrom("maire", "ministre"), { nil: undefined }),
      tags: fc.array(fc.constantFrom("santé", "police", "école", "budget"), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitraryClaim, { selector: (c) => c.id, maxLength: 120 }),
        fc.integer({ min: 1, max: 5 }),
        (claims, limit) => {
          expect(relatedClaims(claims, limit)).toEqual(sortedAll(claims, limit));
        },
      ),
      { numRuns: 200 },
    );
  });
});
