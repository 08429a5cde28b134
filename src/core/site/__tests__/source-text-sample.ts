/** A source's text quoted by one fact-check, as the tests of source-text.ts and source-texts.ts render it. */
import type { SourceText } from "../source-text.ts";

export const body = "Il a dit : « La République serait derrière Amine ».\n\nUn autre paragraphe.\n";
export const quoted = "La République serait derrière Amine";

export function sampleText(id: string): SourceText {
  const start = body.indexOf(quoted);
  return {
    id,
    body,
    bodyOffset: 100,
    ranges: [
      { fragment: "exemple--dit", fileStart: 100 + start, fileEnd: 100 + start + quoted.length },
    ],
    notes: [
      {
        fragment: "exemple--dit",
        claimId: "exemple",
        href: "/claims/exemple/#citation-dit",
        lead: "Il l’a dit",
        verdict: { key: "vrai", label: "Vrai" },
        lang: "fr",
      },
    ],
    lang: "fr",
    notesLabel: "Vérifications qui citent ce passage",
    citedBy: ["", "Cité par 1 vérification", "Cité par 2 vérifications"],
  };
}
