import { readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../diagnostics/format.ts";
import { WorkerPool } from "../../workers/worker-pool.ts";
import { ContentSession } from "../session.ts";
import { replace, variantFolder } from "./variant.ts";

const worker = new WorkerPool(1);
const pool = () => worker;
afterAll(() => worker.close());

const loaded = (root: string) => {
  const session = new ContentSession(join(root, "content"), root, { today: "2026-06-01" });
  session.reload();
  return session;
};

describe("ContentSession", () => {
  it("gives the same result whether a worker prepared the sources or not", async () => {
    const root = variantFolder({
      "sources/second.md": "---\ntitle: Deux\npublisher: X\npublished: 2025-01-01\n---\nTexte.\n",
      "claims/exemple.md": replace("verdict: vrai", "verdict: vra"),
    });
    const alone = loaded(root);
    const helped = new ContentSession(join(root, "content"), root, { today: "2026-06-01" });
    await helped.load(pool);
    expect(helped.result()).toEqual(alone.result());
    expect(alone.result().files).toEqual({ sources: 2, claims: 1 });
  });

  it("gives the corpus of a full load after a load for the check, preparing again what it left", async () => {
    const root = variantFolder({});
    const helped = new ContentSession(join(root, "content"), root);
    await helped.load(pool);
    const corpus = helped.corpus();
    expect(corpus.sources.get("journal")?.data.title).toBe("Une source de test");
    expect(corpus.claims.map((claim) => [claim.id, claim.citations.length])).toEqual([
      ["exemple", 2],
    ]);
    const full = loaded(root).corpus();
    const shape = (c: typeof corpus) => ({
      diagnostics: c.diagnostics,
      claims: c.claims.map(({ id, data, citations }) => ({ id, data, citations })),
      sources: [...c.sources.values()].map(({ id, data, tree, text }) => ({
        id,
        data,
        tree,
        text,
      })),
    });
    expect(shape(corpus)).toEqual(shape(full));
  });

  it("gives the corpus of a full load when workers prepared the sources for the site, each claim read once", async () => {
    const root = variantFolder({
      "sources/second.md": "---\ntitle: Deux\npublisher: X\npublished: 2025-01-01\n---\nTexte.\n",
      "sources/third.md": "---\ntitle: Trois\npublisher: X\npublished: 2025-01-01\n---\nTexte.\n",
    });
    const helped = new ContentSession(join(root, "content"), root, { today: "2026-06-01" });
    const opened: string[] = [];
    await helped.loadForSite(worker, (claims) => opened.push(...claims.map((c) => c.entry.id)));
    expect(opened).toEqual(["exemple"]);
    const shape = (session: ContentSession) => {
      const corpus = session.corpus();
      return {
        diagnostics: corpus.diagnostics,
        claims: corpus.claims.map(({ id, data, citations }) => ({ id, data, citations })),
        sources: [...corpus.sources.values()].map(({ id, data, tree, text, file }) => ({
          id,
          data,
          tree,
          text,
          body: file.body,
          line: file.point(file.bodyOffset),
        })),
      };
    };
    expect(shape(helped)).toEqual(shape(loaded(root)));
    expect(shape(helped).sources.map((source) => source.id)).toEqual([
      "journal",
      "second",
      "third",
    ]);
  });

  it("checks again the claims that cite a changed source, and only those", () => {
    const root = variantFolder({});
    const session = loaded(root);
    const source = join(root, "content/sources/journal.md");
    writeFileSync(source, "---\ntitle: Vide\npublisher: X\npublished: 2025-01-01\n---\nRien.\n");
    expect(session.update(source)).toEqual({
      all: false,
      claims: new Set(["exemple"]),
      sources: new Set(["journal"]),
    });
    expect(session.result().diagnostics.map((d) => d.rule)).toEqual([
      "quote-not-found",
      "quote-not-found",
    ]);
  });

  it("forgets a deleted claim, and reloads everything when a setting changes", () => {
    const root = variantFolder({});
    const session = loaded(root);
    rmSync(join(root, "content/claims/exemple.md"));
    session.update(join(root, "content/claims/exemple.md"));
    expect(session.corpus().claims).toEqual([]);
    expect(session.update(join(root, "content/site.yaml"))).toEqual({ all: true });
  });

  it("warns once about a tag written two ways, across claims", () => {
    const root = variantFolder({
      "claims/exemple.md": replace("verdict: vrai", "verdict: vrai\ntags: [Légion d’honneur]"),
    });
    writeFileSync(
      join(root, "content/claims/autre.md"),
      "---\nclaim: Autre.\nclaimant: X\nverdict: vrai\nsummary: S.\npublished: 2026-01-15\ntags: [légion d'honneur]\ncitations: []\n---\nTexte.\n",
    );
    const lines = loaded(root).result().diagnostics.map(formatDiagnostic);
    expect(lines.filter((line) => line.includes("label-variant"))).toHaveLength(1);
  });

  it("keeps reporting a badly named file after an edit of another claim", () => {
    const root = variantFolder({});
    writeFileSync(join(root, "content/claims/Mauvais nom.md"), "Texte.\n");
    const session = loaded(root);
    const claim = join(root, "content/claims/exemple.md");
    writeFileSync(claim, readFileSync(claim, "utf8").replace("verdict: vrai", "verdict: faux"));
    session.update(claim);
    expect(session.result().diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ["content/claims/Mauvais nom.md", "invalid-id"],
    ]);
    expect(session.corpus().claims[0]?.data.verdict).toBe("faux");
  });

  it("refuses a claim file replaced by a symbolic link, as a full load does", () => {
    const root = variantFolder({});
    const session = loaded(root);
    const claim = join(root, "content/claims/exemple.md");
    const elsewhere = join(root, "exemple.md");
    renameSync(claim, elsewhere);
    symlinkSync(elsewhere, claim);
    session.update(claim);
    expect(session.result().diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ["content/claims/exemple.md", "symbolic-link"],
    ]);
    expect(session.result()).toEqual(loaded(root).result());
  });

  it("warns about a tag written two ways once an edit brings the second spelling, and stops once it is mended", () => {
    const root = variantFolder({
      "claims/exemple.md": replace("verdict: vrai", "verdict: vrai\ntags: [Légion d’honneur]"),
    });
    const other = join(root, "content/claims/autre.md");
    const write = (tag: string) =>
      writeFileSync(
        other,
        `---\nclaim: Autre.\nclaimant: X\nverdict: vrai\nsummary: S.\npublished: 2026-01-15\ntags: [${tag}]\ncitations: []\n---\nTexte.\n`,
      );
    write("Légion d’honneur");
    const session = loaded(root);
    const variants = () =>
      session
        .result()
        .diagnostics.filter((d) => d.rule === "label-variant")
        .map((d) => d.file);
    expect(variants()).toEqual([]);
    write("légion d'honneur");
    session.update(other);
    expect(variants()).toEqual(["content/claims/exemple.md"]);
    write("Légion d’honneur");
    session.update(other);
    expect(variants()).toEqual([]);
  });
});
