import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SiteBuilder } from "../site-builder.ts";
import { fixtureCorpus, fixtureFolder, options } from "./corpus.ts";

describe("SiteBuilder", () => {
  it("builds a view of every published claim and every source", () => {
    const builder = new SiteBuilder(options);
    builder.build(fixtureCorpus());
    const model = builder.model();
    expect(model.claims.map((claim) => claim.id)).toEqual(["exemple"]);
    expect(model.sources.map((source) => source.id)).toEqual(["journal"]);
    expect(model.verdicts.map((verdict) => verdict.label)).toEqual([
      "Vrai",
      "Plutôt vrai",
      "Trompeur",
      "Faux",
      "Invérifiable",
    ]);
  });

  it("leaves drafts out, and after a change builds again the claim and the sources it cites", () => {
    const dir = mkdtempSync(join(tmpdir(), "citable-builder-"));
    cpSync(fixtureFolder, dir, { recursive: true });
    const builder = new SiteBuilder(options);
    builder.build(fixtureCorpus(dir));
    const claim = join(dir, "claims/exemple.md");
    writeFileSync(
      claim,
      '---\nclaim: Brouillon.\nclaimant: X\nverdict: vrai\nsummary: S.\npublished: 2026-01-15\ndraft: true\ncitations:\n  - id: q\n    source: journal\n    quote: "La République serait derrière Amine, encore."\n---\nVoir [@q].\n',
    );
    const corpus = fixtureCorpus(dir);
    // The draft is valid: checked, but not published.
    expect(corpus.claims.map((claim) => claim.id)).toEqual(["exemple"]);
    const change = builder.update(corpus, {
      claims: new Set(["exemple"]),
      sources: new Set(),
    });
    expect(change).toEqual({ claims: new Set(["exemple"]), sources: new Set(["journal"]) });
    expect(builder.model().claims).toEqual([]);
    expect(builder.model().sources[0]?.html).not.toContain("<mark");
  });

  it("sorts claims newest first, then by id", () => {
    const dir = mkdtempSync(join(tmpdir(), "citable-builder-"));
    cpSync(fixtureFolder, dir, { recursive: true });
    for (const [id, day] of [
      ["b", "2026-01-10"],
      ["a", "2026-01-10"],
      ["c", "2026-02-01"],
    ]) {
      writeFileSync(
        join(dir, `claims/${id}.md`),
        `---\nclaim: C.\nclaimant: X\nverdict: vrai\nsummary: S.\npublished: ${day}\ncitations:\n  - id: q\n    source: journal\n    quote: "La République serait derrière Amine, encore."\n---\nVoir [@q].\n`,
      );
    }
    const builder = new SiteBuilder(options);
    builder.build(fixtureCorpus(dir));
    expect(builder.model().claims.map((claim) => claim.id)).toEqual(["c", "exemple", "a", "b"]);
  });

  it("sorts sources of the same title by id, whichever was built first", () => {
    const dir = mkdtempSync(join(tmpdir(), "citable-builder-"));
    cpSync(fixtureFolder, dir, { recursive: true });
    const builder = new SiteBuilder(options);
    builder.build(fixtureCorpus(dir));
    // "gazette" arrives after "journal", with the same title: the order must not follow.
    writeFileSync(join(dir, "sources/gazette.md"), readFileSync(join(dir, "sources/journal.md")));
    builder.update(fixtureCorpus(dir), { claims: new Set(), sources: new Set(["gazette"]) });
    expect(builder.model().sources.map((source) => source.id)).toEqual(["gazette", "journal"]);
  });

  it("lists the claims that quote a source as a full build does, whichever was rebuilt last", () => {
    const dir = mkdtempSync(join(tmpdir(), "citable-builder-"));
    cpSync(fixtureFolder, dir, { recursive: true });
    const claim = readFileSync(join(dir, "claims/exemple.md"), "utf8");
    writeFileSync(join(dir, "claims/a-second.md"), claim);
    const builder = new SiteBuilder(options);
    builder.build(fixtureCorpus(dir));
    builder.update(fixtureCorpus(dir), { claims: new Set(["a-second"]), sources: new Set() });
    const quoting = (model: ReturnType<SiteBuilder["model"]>) =>
      model.sources[0]?.passages.flatMap((passage) => passage.citations.map((c) => c.claimId));
    const full = new SiteBuilder(options);
    full.build(fixtureCorpus(dir));
    expect(quoting(builder.model())).toEqual(quoting(full.model()));
    expect(quoting(builder.model())?.slice(0, 2).sort()).toEqual(["a-second", "exemple"]);
  });

  it("relates claims anew when their tags change, and keeps the relations when only their text does", () => {
    const dir = mkdtempSync(join(tmpdir(), "citable-builder-"));
    cpSync(fixtureFolder, dir, { recursive: true });
    const write = (id: string, day: string, tags: string, summary = "S.") =>
      writeFileSync(
        join(dir, `claims/${id}.md`),
        `---\nclaim: C.\nclaimant: X\nverdict: vrai\nsummary: ${summary}\npublished: ${day}\ntags: [${tags}]\ncitations:\n  - id: q\n    source: journal\n    quote: "La République serait derrière Amine, encore."\n---\nVoir [@q].\n`,
      );
    write("a", "2026-01-01", "Narcotrafic");
    write("b", "2026-01-10", "Narcotrafic");
    write("c", "2026-01-11", "");
    const builder = new SiteBuilder(options);
    builder.build(fixtureCorpus(dir));
    const before = builder.model().related;
    expect(before.of("b")).toEqual(["a", "c", "exemple"]);

    write("a", "2026-01-01", "Narcotrafic", "Un autre résumé.");
    builder.update(fixtureCorpus(dir), { claims: new Set(["a"]), sources: new Set() });
    expect(builder.model().related).toBe(before);

    write("a", "2026-01-01", "");
    write("c", "2026-01-11", "Narcotrafic");
    builder.update(fixtureCorpus(dir), { claims: new Set(["a", "c"]), sources: new Set() });
    expect(builder.model().related.of("b")).toEqual(["c", "a", "exemple"]);
  });
});
