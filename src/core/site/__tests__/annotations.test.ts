import { describe, expect, it } from "vitest";
import { citationAnnotations } from "../annotations.ts";
import { durainClaim, durainSource, exSenateur, presidentRegion } from "./claim-fixture.ts";

const PAGE = "https://example.org/claims/durain-encore-senateur/";
const context = {
  pageUrl: PAGE,
  sourceUrl: (id: string) => `https://example.org/sources/${id}/`,
};
const SOURCE_PAGE = "https://example.org/sources/durain-legion-honneur/";

type Target = { source: string; selector: unknown };
const targetsOf = (annotation: Record<string, unknown> | undefined): Target[] =>
  (annotation?.target ?? []) as Target[];

describe("citationAnnotations", () => {
  it("anchors each citation on the source page and on the original", () => {
    const [annotation] = citationAnnotations(durainClaim(), context);
    expect(annotation).toEqual({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      id: `${PAGE}#citation-ex-senateur`,
      type: "Annotation",
      motivation: "commenting",
      created: "2025-11-24T00:00:00Z",
      body: {
        type: "TextualBody",
        value: "L’article le désigne comme « ex-sénateur ».",
        format: "text/plain",
        language: "fr",
      },
      target: [
        {
          type: "SpecificResource",
          source: SOURCE_PAGE,
          selector: [
            {
              type: "TextQuoteSelector",
              exact: "L’ex-sénateur socialiste a écrit, vendredi 21 novembre, à Emmanuel Macron",
              suffix: " pour lui demander de décorer le",
            },
            { type: "TextPositionSelector", start: 145, end: 218 },
          ],
        },
        {
          type: "SpecificResource",
          source: "https://journal.example/politique/durain-legion-honneur",
          selector: {
            type: "TextQuoteSelector",
            exact: "L’ex-sénateur socialiste a écrit, vendredi 21 novembre, à Emmanuel Macron",
            suffix: " pour lui demander de décorer le",
          },
        },
      ],
    });
  });

  it("makes one annotation per citation, in order", () => {
    const ids = citationAnnotations(durainClaim(), context).map((annotation) => annotation.id);
    expect(ids).toEqual([`${PAGE}#citation-ex-senateur`, `${PAGE}#citation-president-region`]);
  });

  it("carries the prefix and suffix of the passage with its positions", () => {
    const [, annotation] = citationAnnotations(durainClaim(), context);
    const [onPage] = targetsOf(annotation);
    expect(onPage?.selector).toEqual([
      {
        type: "TextQuoteSelector",
        exact: "le président de la région Bourgogne-Franche-Comté a demandé à Emmanuel Macron",
        prefix: "lettre, qu’il a postée samedi, ",
        suffix: " sa « bienveillance » . « Il",
      },
      { type: "TextPositionSelector", start: 925, end: 1003 },
    ]);
  });

  it("uses the claim's summary when the citation has no note", () => {
    const [, annotation] = citationAnnotations(durainClaim(), context);
    expect(annotation?.body).toEqual({
      type: "TextualBody",
      value: "Jérôme Durain n’est plus sénateur : l’article le présente comme « ex-sénateur ».",
      format: "text/plain",
      language: "fr",
    });
  });

  it("targets the source page alone when the source has no original url", () => {
    const source = { ...durainSource, url: undefined };
    const claim = durainClaim({ citations: [{ ...presidentRegion, source }] });
    const [annotation] = citationAnnotations(claim, context);
    expect(targetsOf(annotation).map((target) => target.source)).toEqual([SOURCE_PAGE]);
  });

  it("targets every part of a quote with an elision, on the page then on the original", () => {
    const parts = [
      { exact: "Il faut un sursaut", prefix: "« ", suffix: " »", start: 1040, end: 1058 },
      {
        exact: "dans la lutte contre le narcotrafic",
        prefix: "",
        suffix: ", affirme",
        start: 1062,
        end: 1097,
      },
    ];
    const claim = durainClaim({ citations: [{ ...exSenateur, parts }] });
    const [annotation] = citationAnnotations(claim, context);
    const targets = targetsOf(annotation);
    expect(targets.map((target) => target.source)).toEqual([
      SOURCE_PAGE,
      SOURCE_PAGE,
      durainSource.url,
      durainSource.url,
    ]);
    expect(targets[3]?.selector).toEqual({
      type: "TextQuoteSelector",
      exact: "dans la lutte contre le narcotrafic",
      suffix: ", affirme",
    });
  });

  it("records the last update as the modification time", () => {
    const [annotation] = citationAnnotations(durainClaim({ updated: "2025-11-27" }), context);
    expect(annotation?.modified).toBe("2025-11-27T00:00:00Z");
  });
});
