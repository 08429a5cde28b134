/**
 * The incremental path of `astro dev`: any sequence of edits to claim and
 * source files (added, edited, deleted; valid or broken), each applied
 * through the session and the site builder, leaves the same diagnostics and
 * the same views as loading the folder afresh.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ContentSession } from "../../core/check/session.ts";
import { hasErrors } from "../../core/diagnostics/diagnostic.ts";
import { applyToState, loadState } from "../site-state.ts";

const FIXTURE = fileURLToPath(
  new URL("../../core/check/__tests__/fixtures/content", import.meta.url),
);
const SOURCES = ["journal", "gazette"];
const CLAIMS = ["exemple", "second"];

const sourceText = {
  valid: (title: string) =>
    `---\ntitle: "${title}"\npublisher: Le Journal\npublished: 2025-11-22\nurl: https://example.org/${title.length}\n---\nIl a dit : « La République serait derrière Amine »\net il l’a redit.\n\nUn autre paragraphe, ${title}, avec des mots.\n`,
  noTitle: () =>
    "---\npublisher: Le Journal\npublished: 2025-11-22\nurl: https://example.org/x\n---\nUn texte sans titre.\n",
  badYaml: () => "---\ntitle: [unclosed\n---\nTexte.\n",
  later: () =>
    "---\ntitle: Plus tard\npublisher: Le Journal\npublished: 2026-03-01\nurl: https://example.org/plus-tard\n---\nLa République serait derrière Amine, encore.\n",
};

const claimText = {
  valid: (source: string, verdict: string) =>
    `---\nclaim: "Il a dit que la République serait derrière Amine."\nclaimant: Jérôme Durain\nverdict: ${verdict}\nsummary: "Il l’a dit."\npublished: 2026-01-15\ntags: [République]\ncitations:\n  - id: dit\n    source: ${source}\n    quote: "La République serait derrière Amine"\n---\nIl l’a dit [@dit].\n`,
  missingQuote: (source: string) =>
    `---\nclaim: "Une affirmation."\nclaimant: Jérôme Durain\nverdict: faux\nsummary: "Non."\npublished: 2026-01-15\ntags: [république]\ncitations:\n  - id: dit\n    source: ${source}\n    quote: "Une phrase qui ne figure nulle part dans la source"\n---\nVoir [@dit].\n`,
  badVerdict: (source: string) =>
    `---\nclaim: "Une affirmation."\nclaimant: Jérôme Durain\nverdict: fau\nsummary: "Non."\npublished: 2026-01-15\ncitations:\n  - id: dit\n    source: ${source}\n    quote: "La République serait derrière Amine"\n---\nVoir [@dit].\n`,
  badYaml: () => "---\nclaim: [\n---\nTexte.\n",
};

type Edit =
  | { kind: "source"; id: string; text: string }
  | { kind: "claim"; id: string; text: string }
  | { kind: "delete"; folder: "sources" | "claims"; id: string };

const sourceId = fc.constantFrom(...SOURCES);
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant("source" as const),
    id: sourceId,
    text: fc.oneof(
      fc.constantFrom("Une source", "Une autre source").map(sourceText.valid),
      fc.constantFrom(sourceText.noTitle(), sourceText.badYaml(), sourceText.later()),
    ),
  }),
  fc.record({
    kind: fc.constant("claim" as const),
    id: fc.constantFrom(...CLAIMS),
    text: fc.oneof(
      fc.tuple(sourceId, fc.constantFrom("vrai", "faux")).map(([s, v]) => claimText.valid(s, v)),
      sourceId.map(claimText.missingQuote),
      sourceId.map(claimText.badVerdict),
      fc.constant(claimText.badYaml()),
    ),
  }),
  fc.record({
    kind: fc.constant("delete" as const),
    folder: fc.constantFrom("sources" as const, "claims" as const),
    id: fc.constantFrom(...SOURCES, ...CLAIMS),
  }),
);

/** Writes or deletes the file of `change` in `dir`; returns its path. */
function perform(dir: string, change: Edit): string {
  if (change.kind === "delete") {
    const path = join(dir, change.folder, `${change.id}.md`);
    rmSync(path, { force: true });
    return path;
  }
  const path = join(dir, change.kind === "source" ? "sources" : "claims", `${change.id}.md`);
  writeFileSync(path, change.text);
  return path;
}

describe("applyToState", () => {
  it("gives the diagnostics and views of a full reload after any sequence of edits", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
        const dir = mkdtempSync(join(tmpdir(), "citable-edits-"));
        try {
          cpSync(FIXTURE, dir, { recursive: true });
          const state = loadState("/", dir);
          for (const change of edits) {
            applyToState(state, perform(dir, change));
            const fresh = new ContentSession(dir);
            fresh.reload();
            const expected = fresh.corpus();
            expect(state.session.corpus().diagnostics).toEqual(expected.diagnostics);
            if (!hasErrors(expected.diagnostics)) {
              const full = loadState("/", dir).site;
              expect(state.site).toEqual(full);
              // The index of related claims answers as a full reload's does.
              for (const claim of full.claims) {
                expect(state.site.related.of(claim.id)).toEqual(full.related.of(claim.id));
              }
            }
          }
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      // Bounded by size (25 sequences of at most 5 edits, each checked against two full
      // loads) so that a busy machine takes longer, not fails: 60 of 8 hit the 30 s limit.
      { numRuns: 25 },
    );
  }, 180_000);
});
