import { describe, expect, it } from "vitest";
import { translator } from "../../../i18n/index.ts";
import { feedDescription, feedTitle } from "../feed-item.ts";
import { claimSummary } from "../view-model.ts";
import { durainClaim } from "./claim-fixture.ts";

const t = translator("fr");
const date = (iso: string) => iso;

describe("feedTitle", () => {
  it("leads with the verdict, and flags a corrected fact-check", () => {
    expect(feedTitle(claimSummary(durainClaim()), "Corrigé")).toBe(
      "Faux\u202f: Jérôme Durain est encore sénateur.",
    );
    const corrected = durainClaim({ corrections: [{ date: "2025-12-01", note: "Une date." }] });
    expect(feedTitle(claimSummary(corrected), "Corrigé")).toBe(
      "[Corrigé] Faux\u202f: Jérôme Durain est encore sénateur.",
    );
  });

  it("quotes a verbatim claim and prefers the editors' headline", () => {
    expect(feedTitle(claimSummary(durainClaim({ verbatim: true })), "Corrigé")).toBe(
      "Faux\u202f: «\u202fJérôme Durain est encore sénateur.\u202f»",
    );
    const headline = "Non, Jérôme Durain n’est plus sénateur";
    expect(feedTitle(claimSummary(durainClaim({ headline })), "Corrigé")).toBe(
      `Faux\u202f: ${headline}`,
    );
  });
});

describe("feedDescription", () => {
  it("says what the latest correction changed, both verdicts when it changed the verdict", () => {
    const claim = durainClaim({
      corrections: [
        {
          date: "2025-12-01",
          note: "Un second article a été trouvé.",
          previousVerdict: { key: "plutot-vrai", label: "Plutôt vrai" },
        },
      ],
    });
    expect(feedDescription(claimSummary(claim), t, date)).toBe(
      "Verdict modifié le 2025-12-01\u202f: Plutôt vrai → Faux. Un second article a été trouvé.\n\nJérôme Durain n’est plus sénateur : l’article le présente comme « ex-sénateur ».\n\nCe qui est affirmé (Message viral sur les réseaux sociaux)\u202f: Jérôme Durain est encore sénateur.",
    );
  });

  it("is the finding, then the claim and its origin, for a fact-check never corrected", () => {
    expect(feedDescription(claimSummary(durainClaim()), t, date)).toBe(
      `${durainClaim().summary}\n\nCe qui est affirmé (Message viral sur les réseaux sociaux)\u202f: Jérôme Durain est encore sénateur.`,
    );
  });

  it("quotes a verbatim claim and names who made it, or says nothing of an unknown origin", () => {
    const claimant = { label: "Jérôme Durain", slug: "jerome-durain", kind: "person" as const };
    const verbatim = claimSummary(durainClaim({ verbatim: true, claimant }));
    expect(feedDescription(verbatim, t, date).split("\n\n").at(-1)).toBe(
      "Ce qui est affirmé (Jérôme Durain)\u202f: «\u202fJérôme Durain est encore sénateur.\u202f»",
    );
    const anonymous = claimSummary(durainClaim({ claimant: undefined }));
    expect(feedDescription(anonymous, t, date).split("\n\n").at(-1)).toBe(
      "Ce qui est affirmé\u202f: Jérôme Durain est encore sénateur.",
    );
  });
});
