import { describe, expect, it } from "vitest";
import { citationSchema, claimSchema } from "../claim.ts";

const claim = {
  claim: "Il a dit que la République serait derrière Amine.",
  claimant: "Jérôme Durain",
  verdict: "vrai",
  summary: "Il l’a dit.",
  published: "2026-01-15",
  citations: [{ id: "dit", source: "journal", quote: "La République serait derrière Amine" }],
};

describe("claimSchema", () => {
  it("accepts a claim with its verdict, dates and citations", () => {
    expect(claimSchema.safeParse(claim).success).toBe(true);
  });

  it("requires the claim, its summary and its publication day", () => {
    const { claim: _claim, summary: _summary, published: _published, ...rest } = claim;
    const paths = claimSchema.safeParse(rest).error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["claim", "summary", "published"]));
  });
});

describe("citationSchema", () => {
  it("requires an id made of lowercase letters, digits and hyphens", () => {
    const issues = citationSchema.safeParse({ id: "A b", source: "journal", quote: "q" }).error
      ?.issues;
    expect(issues?.map((issue) => [issue.path, issue.message])).toEqual([
      [["id"], "must be lowercase letters, digits and hyphens, such as gazette-2025"],
    ]);
  });
});
