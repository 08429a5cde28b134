import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openContentFile } from "../../content/content-file.ts";
import { CitedSources } from "../claim-context.ts";
import { CITATION_REFERENCE, checkClaim } from "../claims.ts";
import { prepareSource } from "../prepared-source.ts";
import { variantFolder } from "./variant.ts";

const root = variantFolder({});
const cited = new CitedSources();
cited.set(
  "journal",
  prepareSource(
    { id: "journal", absolute: join(root, "content/sources/journal.md"), path: "journal.md" },
    {},
  ),
);
const settings = {
  site: undefined,
  ratings: { verdicts: [{ key: "vrai" }, { key: "faux" }] },
  diagnostics: [],
} as never;
const context = cited.context(settings, "2026-06-01");

const claim = (fields: string, body = "Voir [@dit].") => {
  const file = openContentFile(
    `---\nclaim: Une affirmation.\nclaimant: X\nsummary: S.\npublished: 2026-01-15\n${fields}\n---\n${body}\n`,
    "claims/c.md",
  );
  if ("rule" in file) throw new Error(file.reason);
  return checkClaim("c", file, context);
};
const citing = (source: string, quote: string) =>
  `verdict: vrai\ncitations:\n  - id: dit\n    source: ${source}\n    quote: "${quote}"`;

describe("checkClaim", () => {
  it("returns the claim with each citation located in its source", () => {
    const { claim: checked, diagnostics } = claim(
      citing("journal", "La République serait derrière Amine, encore."),
    );
    expect(diagnostics).toEqual([]);
    expect(checked?.citations.map((c) => [c.id, c.parts.length])).toEqual([["dit", 1]]);
  });

  it("suggests the closest verdict of the scale for an unknown one", () => {
    const { claim: checked, diagnostics } = claim(
      'verdict: fau\ncitations:\n  - id: dit\n    source: journal\n    quote: "La République serait derrière Amine, encore."',
    );
    expect(checked).toBeUndefined();
    expect(diagnostics).toMatchObject([
      {
        line: 6,
        rule: "unknown-verdict",
        reason: 'The verdict "fau" is not in the rating scale; did you mean "faux"?',
        hint: "Verdicts: vrai, faux (ratings.yaml).",
      },
    ]);
  });

  it("names the closest verdict for a correction's unknown previous verdict, once", () => {
    const { claim: checked, diagnostics } = claim(
      `${citing("journal", "La République serait derrière Amine, encore.")}\nupdated: 2026-02-01\ncorrections:\n  - date: 2026-02-01\n    note: Verdict revu.\n    previousVerdict: Vrais`,
    );
    expect(checked).toBeUndefined();
    expect(diagnostics).toMatchObject([
      {
        line: 15,
        column: 5,
        rule: "unknown-verdict",
        reason: 'The previous verdict "Vrais" is not in the rating scale; did you mean "vrai"?',
        hint: "Verdicts: vrai, faux (ratings.yaml).",
      },
    ]);
  });

  it("accepts a correction that records the verdict it replaced", () => {
    const { claim: checked, diagnostics } = claim(
      `${citing("journal", "La République serait derrière Amine, encore.")}\nupdated: 2026-02-01\ncorrections:\n  - date: 2026-02-01\n    note: Verdict revu.\n    previousVerdict: faux`,
    );
    expect(diagnostics).toEqual([]);
    expect(checked?.data.corrections?.[0]?.previousVerdict).toBe("faux");
  });

  it("says where a claim was made must be a platform, not an address alone", () => {
    const { diagnostics } = claim(
      `${citing("journal", "La République serait derrière Amine, encore.")}\nappearance: https://x.com/p/1`,
    );
    expect(diagnostics.map((d) => [d.line, d.rule, d.reason])).toEqual([
      [
        11,
        "invalid-field",
        'The field "appearance" must say where the claim was made, such as { platform: X, date: 2025-11-22, url: https://x.com/… }, but it is "https://x.com/p/1".',
      ],
    ]);
  });

  it("suggests the closest source id for a source that does not exist", () => {
    const { diagnostics } = claim(citing("journl", "La République serait derrière Amine"));
    expect(diagnostics[0]).toMatchObject({
      line: 9,
      rule: "unknown-source",
      reason:
        'Citation "dit" cites the source "journl", which does not exist; did you mean "journal"?',
    });
  });

  it("warns about a citation the body never refers to, and refuses a reference to none", () => {
    const { diagnostics } = claim(
      citing("journal", "La République serait derrière Amine, encore."),
      "Voir [@autre].",
    );
    expect(diagnostics.map((d) => [d.rule, d.severity])).toEqual([
      ["undefined-citation", "error"],
      ["unused-citation", "warning"],
    ]);
  });
});

describe("CITATION_REFERENCE", () => {
  it("finds each [@id] of a body", () => {
    expect([..."a [@un] b [@deux-2] [@]".matchAll(CITATION_REFERENCE)].map((m) => m[1])).toEqual([
      "un",
      "deux-2",
      "",
    ]);
  });
});
