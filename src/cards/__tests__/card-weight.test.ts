/**
 * What a share card weighs: at 30 000 claims the cards are about half of a
 * site's bytes, and a host counts every one. Bound by the bytes of fixed
 * cards, so that a change to the drawing or the encoding that makes cards
 * heavier fails here rather than at a host's limit.
 */
import { describe, expect, it } from "vitest";
import type { CardData } from "../card-data.ts";
import { drawCard } from "../draw.ts";
import { encodePng } from "../png.ts";
import { sampleCard } from "./sample-card.ts";

/** A long finding over four lines and a quoted claim over two: the heaviest card of a generated corpus. */
const longCard: CardData = {
  ...sampleCard,
  id: "long",
  summary:
    "Les sources contredisent l’affirmation. Au total, les enquêteurs de l’office antistupéfiants ont salué un plan de lutte contre le trafic depuis le début de l’année, selon le rapport publié en mars.",
  claim:
    "« L’observatoire régional des drogues redoute le statut de repenti à Marseille, où la situation ne cesse de se dégrader depuis deux ans. »",
  kicker: undefined,
  byline: ["Benoît Carrère", "6 décembre 2025"],
};
const shortCard: CardData = {
  ...sampleCard,
  id: "short",
  summary: "Le chiffre est exact.",
  claim: "La ville compte 12 000 habitants.",
};
const bytes = (card: CardData) => encodePng(drawCard(card)).length;

describe("encodePng of a claim's card", () => {
  it("keeps three cards of different lengths within 43 KB together (45.7 KB in six steps of grey)", () => {
    expect(bytes(sampleCard) + bytes(longCard) + bytes(shortCard)).toBeLessThanOrEqual(43_000);
  });

  it("keeps the heaviest of them under 19 KB", () => {
    expect(bytes(longCard)).toBeLessThan(19_000);
  });
});
