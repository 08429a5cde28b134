import { describe, expect, it } from "vitest";
import { durainClaim } from "../../core/site/__tests__/claim-fixture.ts";
import { claimShareCard } from "../share-card.ts";

const site = { name: "Citable", lang: "fr" } as const;

describe("the text alternative of a claim's share card", () => {
  it("says what the card shows, in its order: the verdict, the finding, then the claim, labelled", () => {
    const card = claimShareCard(durainClaim(), site, "claim");
    expect(card?.alt).toBe(
      "Faux\u202f: Jérôme Durain n’est plus sénateur : l’article le présente comme « ex-sénateur ». Ce qui est affirmé\u202f: Jérôme Durain est encore sénateur. (Message viral sur les réseaux sociaux, Citable)",
    );
  });

  it("quotes a verbatim claim instead of labelling it", () => {
    const card = claimShareCard(durainClaim({ verbatim: true }), site, "claim");
    expect(card?.alt).toContain(
      "ex-sénateur ». «\u202fJérôme Durain est encore sénateur.\u202f» (",
    );
  });

  it("says what the verdict means on a verdict's card", () => {
    const claim = durainClaim();
    expect(claimShareCard(claim, site, "verdict")?.alt).toBe(
      `Faux\u202f: ${claim.verdict.description} (Citable)`,
    );
  });
});
