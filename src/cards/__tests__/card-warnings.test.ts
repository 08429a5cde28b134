import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cardWarnings } from "../card-warnings.ts";
import { sampleCard } from "./sample-card.ts";

describe("cardWarnings", () => {
  it("names the claim's file and the characters no font draws, once per claim", () => {
    const lost = { ...sampleCard, id: "tablette", claim: "Une tablette : \u{10000} et \u{10000}." };
    const warnings = cardWarnings([sampleCard, lost], join(process.cwd(), "site", "content"));
    expect(warnings).toEqual([
      "site/content/claims/tablette.md:1:1  warning  Its share card shows the verdict only: no font of the card draws «\u202f\u{10000}\u202f» (U+10000).  card-font-missing\n    Write the character otherwise (a letter for a symbol), or leave it out of the claim, its summary and its claimant.",
    ]);
  });

  it("says nothing of a card in Arabic, Hebrew, Japanese or emoji", () => {
    const scripts = { ...sampleCard, claim: "قال الوزير · השר אמר · 市長が述べた · 🚨" };
    expect(cardWarnings([scripts], "content")).toEqual([]);
  });
});
