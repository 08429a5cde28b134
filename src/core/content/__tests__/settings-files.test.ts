import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadSettings } from "../settings-files.ts";

const fixture = fileURLToPath(new URL("../../check/__tests__/fixtures/content", import.meta.url));

describe("loadSettings", () => {
  it("reads the site and its rating scale", () => {
    const settings = loadSettings(fixture, "content");
    expect(settings.diagnostics).toEqual([]);
    expect(settings.site?.lang).toBe("fr");
    expect(settings.ratings?.verdicts.map((verdict) => verdict.key)).toEqual([
      "vrai",
      "plutot-vrai",
      "trompeur",
      "faux",
      "inverifiable",
    ]);
  });

  it("says which settings file is missing and how to get one", () => {
    const dir = mkdtempSync(join(tmpdir(), "citable-settings-"));
    writeFileSync(join(dir, "site.yaml"), "name: X\n");
    const settings = loadSettings(dir, "content");
    expect(settings.site).toBeUndefined();
    expect(settings.diagnostics.at(-1)).toEqual({
      file: "content/ratings.yaml",
      line: 1,
      column: 1,
      severity: "error",
      rule: "missing-settings",
      reason:
        "The settings file content/ratings.yaml is missing. Copy it from the example site's content/ and adapt it.",
    });
  });

  it("refuses a verdict colour too light for the badge's white text", () => {
    const dir = mkdtempSync(join(tmpdir(), "citable-settings-"));
    writeFileSync(join(dir, "site.yaml"), "name: X\n");
    writeFileSync(
      join(dir, "ratings.yaml"),
      'worst: 1\nbest: 2\nverdicts:\n  - key: vrai\n    value: 2\n    color: "#ffff00"\n    label: { fr: Vrai, en: "True" }\n    description: { fr: V, en: T }\n',
    );
    const contrast = loadSettings(dir, "content").diagnostics.find(
      (d) => d.rule === "verdict-contrast",
    );
    expect(contrast).toMatchObject({ file: "content/ratings.yaml", line: 6, column: 5 });
  });
});
