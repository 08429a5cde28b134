import { describe, expect, it } from "vitest";
import { SiteBuilder } from "../site-builder.ts";
import { citingBySource } from "../source-view.ts";
import { fixtureCorpus, options } from "./corpus.ts";

const builder = new SiteBuilder(options);
builder.build(fixtureCorpus());
const { claims, sources } = builder.model();

describe("citingBySource", () => {
  it("lists, for each source, the citations that quote it", () => {
    const citing = citingBySource(claims);
    expect(citing.get("journal")?.map((c) => `${c.claim.id}/${c.citation.id}`)).toEqual([
      "exemple/dit",
      "exemple/encore",
    ]);
  });
});

describe("sourceView", () => {
  const [source] = sources;

  it("marks each quoted passage with its fragment id, across the line break the file has", () => {
    expect(source?.html).toContain(
      '<mark data-quote="exemple--dit" id="exemple--dit">Il a dit : « La République serait derrière Amine »\net il l’a redit</mark>.',
    );
  });

  it("puts after each quoted block the claims that cite it, linked to their citation", () => {
    expect(source?.html).toContain(
      '<a href="/base/claims/exemple/#citation-encore" data-passage="exemple--encore">Il a dit que la République serait derrière Amine.</a>',
    );
    expect(source?.passages.map((p) => [p.fragment, p.citations.length])).toEqual([
      ["exemple--dit", 1],
      ["exemple--encore", 1],
    ]);
  });
});
