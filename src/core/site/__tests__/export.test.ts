import { describe, expect, it } from "vitest";
import { citationAnnotations } from "../annotations.ts";
import { claimReview } from "../claim-review.ts";
import { type ExportContext, exportRecord, exportScale } from "../export.ts";
import { durainClaim, exSenateur, inverifiable, presidentRegion } from "./claim-fixture.ts";

const context: ExportContext = {
  siteUrl: "https://example.org/",
  pageUrl: (id) => `https://example.org/claims/${id}/`,
  sourceUrl: (id) => `https://example.org/sources/${id}/`,
  publisher: { name: "Rédaction Citable", url: "https://example.org" },
  scale: { best: 4, worst: 1 },
  lang: "fr",
  generated: "2026-03-01T12:00:00Z",
};
const PAGE = "https://example.org/claims/durain-encore-senateur/";

describe("exportScale", () => {
  it("gives the scale's ends, and its verdicts in the order given, best first", () => {
    const faux = durainClaim().verdict;
    expect(exportScale({ ...context, verdicts: [faux, inverifiable] })).toEqual({
      best: 4,
      worst: 1,
      verdicts: [
        { key: "faux", label: "Faux", value: 1, description: faux.description },
        {
          key: "inverifiable",
          label: "Invérifiable",
          value: null,
          description: inverifiable.description,
        },
      ],
    });
  });
});

describe("exportRecord", () => {
  it("exports a claim with its verdict, citations, ClaimReview and annotations", () => {
    const claim = durainClaim();
    const exported = exportRecord(claim, context);
    expect(exported).toEqual({
      id: "durain-encore-senateur",
      url: PAGE,
      headline: null,
      claim: "Jérôme Durain est encore sénateur.",
      verbatim: false,
      claimant: "Message viral sur les réseaux sociaux",
      claimantKind: "anonymous",
      claimDate: "2025-11-22",
      appearance: null,
      verdict: { key: "faux", label: "Faux", value: 1 },
      summary: "Jérôme Durain n’est plus sénateur : l’article le présente comme « ex-sénateur ».",
      published: "2025-11-24",
      updated: null,
      lang: "fr",
      authors: ["Rédaction Citable"],
      tags: ["Légion d’honneur", "Jérôme Durain"],
      corrections: [],
      citations: [
        {
          id: "ex-senateur",
          quote: "L’ex-sénateur socialiste a écrit, vendredi 21 novembre, à Emmanuel Macron",
          note: "L’article le désigne comme « ex-sénateur ».",
          source: {
            id: "durain-legion-honneur",
            title: "Jérôme Durain demande la Légion d’honneur pour Amine Kessaci",
            publisher: "Non renseigné",
            published: "2025-11-22",
            url: "https://journal.example/politique/durain-legion-honneur",
            page: "https://example.org/sources/durain-legion-honneur/",
          },
          passage:
            "https://example.org/sources/durain-legion-honneur/#durain-encore-senateur--ex-senateur",
          original: exSenateur.originalUrl,
          parts: exSenateur.parts,
        },
        {
          id: "president-region",
          quote: "le président de la région Bourgogne-Franche-Comté a demandé à Emmanuel Macron",
          note: null,
          source: {
            id: "durain-legion-honneur",
            title: "Jérôme Durain demande la Légion d’honneur pour Amine Kessaci",
            publisher: "Non renseigné",
            published: "2025-11-22",
            url: "https://journal.example/politique/durain-legion-honneur",
            page: "https://example.org/sources/durain-legion-honneur/",
          },
          passage:
            "https://example.org/sources/durain-legion-honneur/#durain-encore-senateur--president-region",
          original: null,
          parts: presidentRegion.parts,
        },
      ],
      claimReview: claimReview(claim, { ...context, pageUrl: PAGE }),
      annotations: citationAnnotations(claim, { pageUrl: PAGE, sourceUrl: context.sourceUrl }),
    });
  });

  it("keeps the same keys, in the same order, whatever the claim leaves out", () => {
    const full = durainClaim({
      updated: "2025-11-27",
      headline: "Non, Jérôme Durain n’est plus sénateur",
      appearance: {
        platform: "Facebook",
        date: "2025-11-22",
        url: "https://reseau.example/posts/4521",
        archived: undefined,
      },
      corrections: [{ date: "2025-11-27", note: "Précision sur la fonction de Jérôme Durain." }],
    });
    const bare = durainClaim({
      claimant: undefined,
      claimDate: undefined,
      verdict: inverifiable,
      tags: [],
      citations: [],
    });
    const [a, b] = [full, bare].map((claim) => exportRecord(claim, context));
    expect(Object.keys(b ?? {})).toEqual(Object.keys(a ?? {}));
    expect(b).toMatchObject({
      claimant: null,
      claimantKind: null,
      claimDate: null,
      headline: null,
      appearance: null,
      verdict: { key: "inverifiable", label: "Invérifiable", value: null },
      updated: null,
      tags: [],
      citations: [],
      annotations: [],
    });
    expect(a).toMatchObject({
      headline: "Non, Jérôme Durain n’est plus sénateur",
      appearance: {
        platform: "Facebook",
        date: "2025-11-22",
        url: "https://reseau.example/posts/4521",
        archived: null,
      },
      updated: "2025-11-27",
      corrections: [
        {
          date: "2025-11-27",
          note: "Précision sur la fonction de Jérôme Durain.",
          previousVerdict: null,
        },
      ],
    });
  });
});
