import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { displayPath, listMarkdown } from "../../content/content-listing.ts";
import { loadSettings } from "../../content/settings-files.ts";
import { WorkerPool } from "../../workers/worker-pool.ts";
import { type ClaimStatementOf, inFileOrder, loadOnPool } from "../pool-load.ts";
import type { PreparedSource } from "../prepared-source.ts";
import { variantFolder } from "./variant.ts";

const EXEMPLE = readFileSync(
  new URL("./fixtures/content/claims/exemple.md", import.meta.url),
  "utf8",
);
/** What loadOnPool is given for the variant folder `root`, as the check lists it. */
function workOf(root: string) {
  const content = join(root, "content");
  const display = displayPath(root);
  return {
    sources: listMarkdown(join(content, "sources"), display, []),
    claims: listMarkdown(join(content, "claims"), display, []),
    options: { today: "2026-06-01" },
    settings: loadSettings(content, "content"),
  };
}

const pool = new WorkerPool(1);
afterAll(() => pool.close());

describe("loadOnPool", () => {
  it("gives every source and claim back in file order, whichever thread read it", async () => {
    const root = variantFolder({
      "sources/a.md": "---\ntitle: A\npublisher: X\npublished: 2025-01-01\n---\nTexte A.\n",
      "sources/b.md": "---\ntitle: [\n---\n",
      "sources/c.md": "---\ntitle: C\npublisher: X\npublished: 2025-01-01\n---\nTexte C.\n",
      "claims/autre.md": EXEMPLE.replace("verdict: vrai", "verdict: vra"),
      "claims/zebre.md": EXEMPLE.replace("Il a dit que", "Elle a dit que"),
    });
    const work = workOf(root);
    let statements: ClaimStatementOf[] = [];
    // Half of the claims for this thread, half for the worker.
    const halves = { claims: 1, sources: true };
    const loaded = await loadOnPool(
      pool,
      work,
      (given) => {
        statements = given;
      },
      halves,
    );
    expect(loaded.sources.map((source) => [source.id, source.valid])).toEqual([
      ["a", true],
      ["b", false],
      ["c", true],
      ["journal", true],
    ]);
    expect(loaded.claims.map((claim) => [claim.entry.id, claim.valid])).toEqual([
      ["autre", false],
      ["exemple", true],
      ["zebre", true],
    ]);
    expect(loaded.claims[0]?.diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual([
      "4 unknown-verdict",
    ]);
    expect(statements.map(({ entry, statement }) => [entry.id, statement.claim])).toEqual([
      ["autre", "Il a dit que la République serait derrière Amine."],
      ["exemple", "Il a dit que la République serait derrière Amine."],
      ["zebre", "Elle a dit que la République serait derrière Amine."],
    ]);
  });
});

describe("loadOnPool, the sources prepared in the worker alone", () => {
  it("checks this thread's claims and the worker's against sources the worker kept and sent back", async () => {
    const source = (title: string, text: string) =>
      `---\ntitle: ${title}\npublisher: X\npublished: 2025-01-01\n---\n${text}\n`;
    const root = variantFolder({
      "sources/a.md": source("A", "Texte A."),
      "claims/autre.md": EXEMPLE.replace("source: journal", "source: a"),
      "claims/zebre.md": EXEMPLE.replace("source: journal", "source: a"),
    });
    const work = workOf(root);
    const loaded = await loadOnPool(pool, work, undefined, { claims: 1, sources: false });
    expect(loaded.sources.map((prepared) => [prepared.id, prepared.valid])).toEqual([
      ["a", true],
      ["journal", true],
    ]);
    // The quote is in journal, not in a: each thread says so, whichever prepared the source.
    expect(
      loaded.claims.map((claim) => [claim.entry.id, claim.diagnostics.map((d) => d.rule)]),
    ).toEqual([
      ["autre", ["quote-not-found"]],
      ["exemple", []],
      ["zebre", ["quote-not-found"]],
    ]);
  });
});

describe("inFileOrder", () => {
  it("puts the sources each thread took back in the order of their files", () => {
    const prepared = (id: string): PreparedSource => ({
      id,
      path: id,
      diagnostics: [],
      valid: true,
    });
    const first = { sources: [prepared("a"), prepared("b"), prepared("e")], places: [0, 1, 4] };
    const second = { sources: [prepared("c"), prepared("d")], places: [2, 3] };
    expect(inFileOrder([second, first]).map((source) => source.id)).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
    ]);
  });
});
