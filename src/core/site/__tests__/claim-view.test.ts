import { describe, expect, it } from "vitest";
import { claimView, verdictView } from "../claim-view.ts";
import { fixtureCorpus, options } from "./corpus.ts";

const corpus = fixtureCorpus();
const ratings = corpus.ratings;
if (!ratings) throw new Error("The fixture's ratings are invalid.");
const verdicts = new Map(ratings.verdicts.map((v) => [v.key, verdictView(v, "fr")]));
const [claim] = corpus.claims;
if (!claim) throw new Error("The fixture has no claim.");

describe("verdictView", () => {
  it("gives a verdict's label and description in the interface's language", () => {
    const [first] = ratings.verdicts;
    if (!first) throw new Error("No verdict.");
    expect(verdictView(first, "en")).toMatchObject({ key: "vrai", label: "True", value: 4 });
    expect(verdictView(first, "fr").label).toBe("Vrai");
  });
});

describe("claimView", () => {
  const view = claimView(claim, corpus.sources, verdicts, options, "fr");

  it("links each [@id] of the reasoning to its numbered citation card", () => {
    expect(view.bodyHtml).toBe(
      '<p>Il l’a dit <a class="cite-ref" href="#citation-dit" data-ref="dit" aria-label="Citation 1">[1]</a>, puis répété <a class="cite-ref" href="#citation-encore" data-ref="encore" aria-label="Citation 2">[2]</a>.</p>',
    );
  });

  it("gives each citation the fragment of its passage and the source's text as it stands", () => {
    expect(view.citations.map((c) => [c.fragment, c.parts.map((p) => p.exact)])).toEqual([
      ["exemple--dit", ["Il a dit : « La République serait derrière Amine » et il l’a redit"]],
      ["exemple--encore", ["La République serait derrière Amine, encore."]],
    ]);
  });

  it("links to the original with a text fragment of the quote", () => {
    expect(view.citations[1]?.originalUrl).toBe(
      "https://example.org/article#:~:text=La%20R%C3%A9publique%20serait%20derri%C3%A8re%20Amine%2C%20encore.",
    );
  });
});
