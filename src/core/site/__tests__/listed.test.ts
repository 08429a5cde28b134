import { describe, expect, it } from "vitest";
import { listedOf } from "../listed.ts";

const claim = (key: string, tags: string[], claimant?: string) => ({
  verdict: { key, label: key },
  tags: tags.map((label) => ({ label, slug: label })),
  claimant:
    claimant === undefined
      ? undefined
      : { label: claimant, slug: claimant, kind: "person" as const },
});

describe("listedOf", () => {
  it("lists nothing for a site with no fact-check and no source", () => {
    expect(listedOf([], [])).toEqual({
      verdicts: [],
      tags: false,
      claimants: false,
      sources: false,
    });
  });

  it("lists each verdict a fact-check carries once, and the indexes that have something", () => {
    const claims = [claim("faux", ["budget"]), claim("vrai", []), claim("faux", [], "Une élue")];
    expect(listedOf(claims, [{}])).toEqual({
      verdicts: ["faux", "vrai"],
      tags: true,
      claimants: true,
      sources: true,
    });
  });
});
