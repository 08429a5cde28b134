/**
 * A fact-check as the build hands it to the pages, in the words of the seed
 * article on Jérôme Durain; positions are those of the archived source's
 * visible text.
 */
import type { CitationView, ClaimView, SourceRef } from "../view-model.ts";

/** The archived article, here with an original url so that links to it can be tested. */
export const durainSource: SourceRef = {
  id: "durain-legion-honneur",
  title: "Jérôme Durain demande la Légion d’honneur pour Amine Kessaci",
  publisher: "Non renseigné",
  published: "2025-11-22",
  url: "https://journal.example/politique/durain-legion-honneur",
  lang: "fr",
};

/** A long quote at the start of a block, with a note. */
export const exSenateur: CitationView = {
  id: "ex-senateur",
  quote: "L’ex-sénateur socialiste a écrit, vendredi 21 novembre, à Emmanuel Macron",
  shown: "L’ex-sénateur socialiste a écrit, vendredi 21 novembre, à Emmanuel Macron",
  note: "L’article le désigne comme « ex-sénateur ».",
  source: durainSource,
  fragment: "durain-encore-senateur--ex-senateur",
  originalUrl:
    "https://journal.example/politique/durain-legion-honneur#:~:text=L%E2%80%99ex%2Ds%C3%A9nateur%20socialiste%20a%20%C3%A9crit%2C,novembre%2C%20%C3%A0%20Emmanuel%20Macron,-pour%20lui%20demander",
  parts: [
    {
      exact: "L’ex-sénateur socialiste a écrit, vendredi 21 novembre, à Emmanuel Macron",
      prefix: "",
      suffix: " pour lui demander de décorer le",
      start: 145,
      end: 218,
    },
  ],
};

/** A quote inside a paragraph, with context on both sides and no note. */
export const presidentRegion: CitationView = {
  id: "president-region",
  quote: "le président de la région Bourgogne-Franche-Comté a demandé à Emmanuel Macron",
  shown: "le président de la région Bourgogne-Franche-Comté a demandé à Emmanuel Macron",
  note: undefined,
  source: durainSource,
  fragment: "durain-encore-senateur--president-region",
  originalUrl: undefined,
  parts: [
    {
      exact: "le président de la région Bourgogne-Franche-Comté a demandé à Emmanuel Macron",
      prefix: "lettre, qu’il a postée samedi, ",
      suffix: " sa « bienveillance » . « Il",
      start: 925,
      end: 1003,
    },
  ],
};

/** « Jérôme Durain est encore sénateur. », rated faux. */
export function durainClaim(overrides: Partial<ClaimView> = {}): ClaimView {
  return {
    id: "durain-encore-senateur",
    headline: undefined,
    claim: "Jérôme Durain est encore sénateur.",
    verbatim: false,
    claimant: {
      label: "Message viral sur les réseaux sociaux",
      slug: "message-viral-sur-les-reseaux-sociaux",
      kind: "anonymous",
    },
    claimDate: "2025-11-22",
    appearance: undefined,
    verdict: {
      key: "faux",
      label: "Faux",
      description: "L’affirmation est contredite par les sources.",
      color: "#b3261e",
      value: 1,
      icon: "cross",
      position: 4,
      of: 4,
    },
    summary: "Jérôme Durain n’est plus sénateur : l’article le présente comme « ex-sénateur ».",
    published: "2025-11-24",
    updated: undefined,
    authors: ["Rédaction Citable"],
    tags: [
      { label: "Légion d’honneur", slug: "legion-d-honneur" },
      { label: "Jérôme Durain", slug: "jerome-durain" },
    ],
    lang: "fr",
    corrections: [],
    bodyHtml: "<p>L’article le qualifie d’« ex-sénateur socialiste ».</p>",
    citations: [exSenateur, presidentRegion],
    ...overrides,
  };
}

/** The verdict outside the numeric scale. */
export const inverifiable: ClaimView["verdict"] = {
  key: "inverifiable",
  label: "Invérifiable",
  description: "Les sources disponibles ne permettent ni de confirmer ni d’infirmer l’affirmation.",
  color: "#5f6368",
  value: undefined,
  icon: "unknown",
  position: undefined,
  of: 4,
};
