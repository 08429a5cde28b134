import { describe, expect, it } from "vitest";
import { labelUses, labelVariants } from "../labels.ts";
import { opened } from "./open.ts";

const first = opened("---\nclaimant: Jérôme Durain\ntags: [Légion d’honneur, x]\n---\n", "a.md");
const second = opened("---\nclaimant: jérôme durain\ntags: [légion d'honneur]\n---\n", "b.md");

describe("labelUses", () => {
  it("lists the claimant and each tag with the path of its field", () => {
    expect(labelUses(first).map((use) => [use.kind, use.label, use.path])).toEqual([
      ["claimant", "Jérôme Durain", ["claimant"]],
      ["tag", "Légion d’honneur", ["tags", 0]],
      ["tag", "x", ["tags", 1]],
    ]);
  });
});

describe("labelVariants", () => {
  it("warns at each spelling that shares a page with the first one met", () => {
    expect(labelVariants([...labelUses(first), ...labelUses(second)])).toEqual([
      {
        file: "b.md",
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 24,
        severity: "warning",
        rule: "label-variant",
        reason:
          'The claimant "jérôme durain" is written "Jérôme Durain" in a.md:2. Both go to the page /claimants/jerome-durain/, which shows only one of them: write it the same way everywhere.',
      },
      {
        file: "b.md",
        line: 3,
        column: 8,
        endLine: 3,
        endColumn: 24,
        severity: "warning",
        rule: "label-variant",
        reason:
          'The tag "légion d\'honneur" is written "Légion d’honneur" in a.md:3. Both go to the page /tags/legion-d-honneur/, which shows only one of them: write it the same way everywhere.',
      },
    ]);
  });

  it("says nothing when every label is written one way", () => {
    expect(labelVariants([...labelUses(first), ...labelUses(first)])).toEqual([]);
  });
});
