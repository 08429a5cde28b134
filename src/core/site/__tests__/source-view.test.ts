import { describe, expect, it } from "vitest";
import { SiteBuilder } from "../site-builder.ts";
import { citingBySource, isRecorded } from "../source-view.ts";
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
      '<mark data-quote="exemple--dit" id="exemple--dit" data-note="1">Il a dit : « La République serait derrière Amine »\net il l’a redit</mark>.',
    );
  });

  it("puts beside each quoted block the numbered notes of the claims that cite it, linked to their citation", () => {
    expect(source?.html).toContain(
      '<li value="2" data-note-for="exemple--encore"><span class="notes__claim" data-cites="exemple--encore"><a href="/base/claims/exemple/#citation-encore">Il a dit que la République serait derrière Amine.</a>',
    );
    expect(source?.html).toContain("<summary>Cité par 1</summary>");
    expect(source?.passages.map((p) => [p.number, p.fragments, p.citations.length])).toEqual([
      [1, ["exemple--dit"], 1],
      [2, ["exemple--encore"], 1],
    ]);
  });
});

describe("isRecorded", () => {
  it.each(["Non renseigné", "non relevé", " Unknown ", "Not recorded", "n/a"])(
    "reads %j as a publisher the copy did not record",
    (publisher) => {
      expect(isRecorded(publisher)).toBe(false);
    },
  );

  it("reads a name as a recorded publisher", () => {
    expect(isRecorded("Le Journal")).toBe(true);
  });
});
