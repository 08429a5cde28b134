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
      "Verdict modifié le 2025-12-01\u202f: Plutôt vrai → Faux. Un second article a été trouvé.\n\nJérôme Durain n’est plus sénateur : l’article le présente comme « ex-sénateur ».",
    );
  });

  it("is the finding alone for a fact-check never corrected", () => {
    expect(feedDescription(claimSummary(durainClaim()), t, date)).toBe(durainClaim().summary);
  });
});
