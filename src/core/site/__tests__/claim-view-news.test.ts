import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { claimView, verdictView } from "../claim-view.ts";
import { claimSummary } from "../view-model.ts";
import { fixtureCorpus, fixtureFolder, options } from "./corpus.ts";

// The check's fixture, with a claim that lists its citations in another order than it cites them,
// says where it was made, records a changed verdict and is written in English on a French site.
const dir = mkdtempSync(join(tmpdir(), "citable-claim-view-"));
cpSync(fixtureFolder, dir, { recursive: true });
writeFileSync(
  join(dir, "claims/exemple.md"),
  `---
headline: "Yes, he said it twice"
claim: "He said the Republic would stand behind Amine."
claimant: Jérôme Durain
verdict: vrai
summary: "He said it: twice."
published: 2026-01-15
lang: en
appearance:
  platform: X
url: https://example.org
updated: 2026-01-20
corrections:
  - date: 2026-01-20
    note: "The verdict was revised: the second passage was found."
    previousVerdict: faux
citations:
  - id: dit
    source: journal
    quote: "Il a dit : « La République serait derrière Amine » et il l'a redit"
  - id: encore
    source: journal
    quote: "La République serait derrière Amine, encore."
---
First [@encore], then [@dit], then [@encore] again.
`.replace("url: https://example.org\n", "  url: https://x.example/status/1\n"),
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const corpus = fixtureCorpus(dir);
const ratings = corpus.ratings;
if (!ratings) throw new Error("The fixture's ratings are invalid.");
const verdicts = new Map(ratings.verdicts.map((v) => [v.key, verdictView(v, "fr", ratings)]));
const [claim] = corpus.claims;
if (!claim)
  throw new Error(`The fixture's claim is invalid: ${JSON.stringify(corpus.diagnostics)}`);
const view = claimView(claim, corpus.sources, verdicts, options, "fr");

describe("claimView", () => {
  it("numbers the citations in the order the reasoning first refers to them", () => {
    expect(view.citations.map((citation) => citation.id)).toEqual(["encore", "dit"]);
    expect([...view.bodyHtml.matchAll(/\[(\d)\]/g)].map((match) => match[1])).toEqual([
      "1",
      "2",
      "1",
    ]);
  });

  it("says where the claim was made, dated by the claim when the appearance has no date", () => {
    expect(view.appearance).toEqual({
      platform: "X",
      date: undefined,
      url: "https://x.example/status/1",
      archived: undefined,
    });
  });

  it("names the verdict a correction replaced, in the interface's language", () => {
    expect(view.corrections).toEqual([
      {
        date: "2026-01-20",
        note: "The verdict was revised: the second passage was found.",
        previousVerdict: { key: "faux", label: "Faux" },
      },
    ]);
    expect(claimSummary(view).corrected?.previousVerdict?.label).toBe("Faux");
  });

  it("keeps the claim's own language, and tags each quote with its source's", () => {
    expect(view.lang).toBe("en");
    expect(view.headline).toBe("Yes, he said it twice");
    // English takes no French spacing.
    expect(view.summary).toBe("He said it: twice.");
    expect(view.citations.map((citation) => citation.source.lang)).toEqual(["fr", "fr"]);
  });
});

describe("claimView's quotation cards", () => {
  it("show the source's own characters, not the quote as typed", () => {
    // The claim types a straight apostrophe; the source prints l’a.
    expect(view.citations[1]?.shown).toBe(
      "Il a dit : « La République serait derrière Amine » et il l’a redit",
    );
  });
});
