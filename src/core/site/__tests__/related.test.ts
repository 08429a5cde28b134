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
    const start = performance.now();
    const related = relatedClaims(all);
    // Every pair would be 10^8 comparisons; the nearest 40 per key are 4·10^5. The bound leaves room for a busy machine.
    expect(performance.now() - start).toBeLessThan(5000);
    expect(related.get("c0")).toHaveLength(3);
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
