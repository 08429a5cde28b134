/** A card of the example site, for the tests of the drawing and the encoding. */
import type { CardData } from "../card-data.ts";

/** A false paraphrased claim with its finding, who made it and when. */
export const sampleCard: CardData = {
  id: "kessaci-20-ans",
  verdict: { key: "faux", label: "Faux", color: "#b3261e", icon: "cross" },
  claim: "Amine Kessaci, le militant anti-narcotrafic, n’a que 20 ans.",
  summary:
    "L’article de février 2026 donne à Amine Kessaci 22 ans. « 20 ans » est l’âge de son frère Mehdi.",
  kicker: "Ce qui est affirmé",
  byline: ["Commentaire en ligne", "10 février 2026"],
  site: "Citable : l’exemple",
  verdictOnly: {
    kicker: "Notre verdict",
    text: "L’affirmation est contredite par les sources.",
  },
};
