import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../diagnostics/format.ts";
import { WorkerPool } from "../../workers/worker-pool.ts";
import { checkContent } from "../check-parallel.ts";
import { loadCorpus } from "../corpus.ts";
import { variantFolder } from "./variant.ts";

const pool = new WorkerPool(2);
afterAll(() => pool.close());

/** A claim file citing `source` for `quote`, with `tag`. */
const claim = (statement: string, source: string, quote: string, tag: string) =>
  [
    "---",
    `claim: "${statement}"`,
    "verdict: vrai",
    'summary: "Un résumé."',
    "published: 2026-01-15",
    `tags: ["${tag}"]`,
    "citations:",
    "  - id: dit",
    `    source: ${source}`,
    `    quote: "${quote}"`,
    "---",
    "Il l’a dit [@dit].",
    "",
  ].join("\n");

const STATEMENTS = [
  "Le vieux pont a fermé.",
  "Les abeilles disparaissent des villes.",
  "Le budget a doublé.",
  "La mairie a vendu le stade municipal.",
  "Les loyers ont baissé cette année.",
  "Le port a fermé.",
  "La mairie a vendu le stade municipal de football.",
  "Le tramway roule la nuit.",
  "Les écoles ouvrent le samedi.",
];

/**
 * Nine sources and nine claims, so that this thread and each of two workers
 * get some of both; each claim quotes a source another thread prepared, and
 * the problems that compare files (an unknown source and its closest id, a
 * tag written two ways, a likely duplicate) span the threads.
 */
function sharedFolder(): string {
  const edits: Record<string, string> = {};
  for (let n = 0; n < 9; n++) {
    edits[`sources/s${n}.md`] =
      `---\ntitle: Source ${n}\npublisher: X\npublished: 2025-01-0${n + 1}\n---\nTexte numéro ${n}.\n`;
    const quoted = (n + 4) % 9;
    edits[`claims/c${n}.md`] = claim(
      STATEMENTS[n] ?? "",
      `s${quoted}`,
      `Texte numéro ${quoted}.`,
      n === 7 ? "Élection" : "election",
    );
  }
  edits["claims/c2.md"] = claim("Le budget a doublé.", "s9", "Texte numéro 2.", "election");
  edits["claims/c5.md"] = claim("Le port a fermé.", "s0", "Texte numéro 5.", "election");
  edits["sources/s8.md"] = "---\ntitle: [\n---\n";
  return variantFolder(edits);
}

describe("checkContent", () => {
  it("finds what a full load finds, in the same order, sharing sources and claims with two workers", async () => {
    const root = sharedFolder();
    const content = join(root, "content");
    const shared = await checkContent(content, root, { today: "2026-06-01" }, { pool });
    const alone = await checkContent(content, root, { today: "2026-06-01" });
    const loaded = loadCorpus(content, root, { today: "2026-06-01" });
    expect(shared.diagnostics).toEqual(loaded.diagnostics);
    expect(alone.diagnostics).toEqual(loaded.diagnostics);
    expect(shared.diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
      "content/claims/c2.md:9 unknown-source",
      "content/claims/c4.md:9 unknown-source",
      "content/claims/c5.md:10 quote-not-found",
      "content/claims/c7.md:6 label-variant",
      "content/sources/s8.md:2 yaml-syntax",
    ]);
    expect(shared.files).toEqual({ sources: 10, claims: 10 });
  });

  it("notes a likely duplicate on its claim line, whichever thread read it", async () => {
    const root = sharedFolder();
    const content = join(root, "content");
    const shared = await checkContent(content, root, {}, { pool, notes: true });
    const alone = await checkContent(content, root, {}, { notes: true });
    expect(shared.notes).toEqual(alone.notes);
    expect(shared.notes.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^content\/claims\/c6\.md:2:1 {2}note {2}This claim is close to this site's c3 fact-check “La mairie a vendu le stade municipal\.”/,
      ),
    ]);
  });

  it("gives no notes unless asked", async () => {
    const root = sharedFolder();
    const checked = await checkContent(join(root, "content"), root, {}, { pool });
    expect(checked.notes).toEqual([]);
  });
});
