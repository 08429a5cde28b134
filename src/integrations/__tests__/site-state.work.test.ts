/**
 * What one edit costs in `astro dev`, counted rather than timed: the fact-check
 * pages (each with its share card) and the summaries made again are those of
 * the views the edit changed, however many claims the site has. Making every
 * claim's card again on each edit once took most of an edit's time at 10 000
 * claims.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../../test/support/corpus/generate.ts";
import { applyToState, type LoadedSite, loadState, type SiteState } from "../site-state.ts";

let dir: string;
let state: SiteState;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "citable-work-"));
  generateCorpus(join(dir, "content"), { claims: 120, sources: 12, shape: "newsroom" });
  dir = join(dir, "content");
  state = loadState("/", dir);
});
afterAll(() => rmSync(join(dir, ".."), { recursive: true, force: true }));

/** What `edit` made again: the claim pages, claim summaries and source summaries that are new objects. */
function madeBy(edit: () => string) {
  const before: LoadedSite = state.site;
  const kept = new Set<object>([
    ...before.claims,
    ...before.summaries.claims,
    ...before.summaries.sources,
  ]);
  const applied = applyToState(state, edit());
  expect(applied.kind).toBe("some");
  const fresh = (items: Array<{ id: string }>) =>
    items.filter((item) => !kept.has(item)).map((item) => item.id);
  const { claims, summaries } = state.site;
  return {
    pages: fresh(claims),
    claimSummaries: fresh(summaries.claims),
    sourceSummaries: fresh(summaries.sources),
  };
}

describe("an edit in astro dev", () => {
  it("makes again the page, card and summary of the edited claim only, of 120", () => {
    const id = readdirSync(join(dir, "claims")).sort()[0]?.replace(/\.md$/, "") ?? "";
    const made = madeBy(() => {
      const file = join(dir, "claims", `${id}.md`);
      const text = readFileSync(file, "utf8");
      writeFileSync(file, text.replace(/^summary: .*$/m, 'summary: "Résumé modifié."'));
      return file;
    });
    expect(made.pages).toEqual([id]);
    expect(made.claimSummaries).toEqual([id]);
    const page = state.site.byId.claims.get(id);
    expect(page?.summary).toBe("Résumé modifié.");
    expect(page?.card?.alt).toContain("Résumé modifié.");
    // The sources it cites are made again (their notes quote it), and no other.
    const cited = new Set(page?.citations.map((citation) => citation.source.id));
    expect(new Set(made.sourceSummaries)).toEqual(cited);
  });

  it("makes again the pages of the claims that cite an edited source, and no other", () => {
    const id = readdirSync(join(dir, "sources")).sort()[0]?.replace(/\.md$/, "") ?? "";
    const citing = state.site.claims
      .filter((claim) => claim.citations.some((citation) => citation.source.id === id))
      .map((claim) => claim.id);
    expect(citing.length).toBeGreaterThan(0);
    expect(citing.length).toBeLessThan(state.site.claims.length / 4);
    const made = madeBy(() => {
      const file = join(dir, "sources", `${id}.md`);
      writeFileSync(file, `${readFileSync(file, "utf8")}\nUn paragraphe ajouté.\n`);
      return file;
    });
    expect(made.pages.sort()).toEqual(citing.sort());
    expect(made.claimSummaries.sort()).toEqual(citing.sort());
    expect(state.site.byId.sources.get(id)?.html).toContain("Un paragraphe ajouté.");
  });
});
