import { describe, expect, it } from "vitest";
import { durainClaim } from "../../core/site/__tests__/claim-fixture.ts";
import { cardPath } from "../card-data.ts";
import { claimCard, shareCard, siteCard, verdictCard } from "../claim-card.ts";

const site = { name: "Citable", lang: "fr" } as const;

describe("claimCard", () => {
  it("shows a paraphrase upright under « Ce qui est affirmé », with who made it and when", () => {
    expect(claimCard(durainClaim(), site)).toEqual({
      id: "durain-encore-senateur",
      verdict: { key: "faux", label: "Faux", color: "#b3261e", icon: "cross" },
      claim: "Jérôme Durain est encore sénateur.",
      summary: durainClaim().summary,
      kicker: "Ce qui est affirmé",
      byline: ["Message viral sur les réseaux sociaux", "22\u00a0novembre\u00a02025"],
      site: "Citable",
      verdictOnly: { kicker: "Notre verdict", text: durainClaim().verdict.description },
    });
  });

  it("shows a verbatim claim in guillemets, without a label", () => {
    const card = claimCard(durainClaim({ verbatim: true }), site);
    expect(card.claim).toBe("«\u202fJérôme Durain est encore sénateur.\u202f»");
    expect(card.kicker).toBeUndefined();
  });

  it("leaves out who or when when the claim does not say", () => {
    const card = claimCard(durainClaim({ claimant: undefined, claimDate: undefined }), site);
    expect(card.byline).toEqual([]);
  });
});

describe("verdictCard", () => {
  it("shows the verdict and what it means under « Notre verdict », for every claim of that verdict", () => {
    const claim = durainClaim();
    expect(verdictCard(claim.verdict, site)).toEqual({
      id: "verdict-faux",
      verdict: { key: "faux", label: "Faux", color: "#b3261e", icon: "cross" },
      claim: claim.verdict.description,
      kicker: "Notre verdict",
      byline: [],
      site: "Citable",
    });
  });
});

describe("siteCard", () => {
  it("shows the site's name, what it does and who publishes it, in the site's language", () => {
    const site = {
      name: "Citable",
      lang: "en",
      description: "Fact-checks.",
      publisher: "The Desk",
    } as const;
    expect(siteCard(site)).toEqual({
      kind: "site",
      id: "site",
      site: "Citable",
      description: "Fact-checks.",
      publisher: "Published by The Desk",
    });
    expect(cardPath(siteCard(site))).toBe("cards/site.png");
  });
});

describe("shareCard", () => {
  it("gives a claim its own card, its verdict's card, or none, as site.yaml says", () => {
    const claim = durainClaim();
    expect(shareCard(claim, site, "claim")?.id).toBe("durain-encore-senateur");
    expect(shareCard(claim, site, "verdict")?.id).toBe("verdict-faux");
    expect(shareCard(claim, site, "off")).toBeUndefined();
  });
});
