import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayPath, listMarkdown } from "../../content/content-listing.ts";
import { loadSettings } from "../../content/settings-files.ts";
import { checkShare, openShare, shared } from "../load-share.ts";
import { prepareSource } from "../prepared-source.ts";
import { replace, variantFolder } from "./variant.ts";

describe("openShare and checkShare", () => {
  it("check the claims a thread opened against the sources it kept and those it is sent", () => {
    const root = variantFolder({
      "sources/autre.md": "---\ntitle: Autre\npublisher: X\npublished: 2025-01-01\n---\nTexte.\n",
      "claims/exemple.md": replace("verdict: vrai", "verdict: vra"),
    });
    const content = join(root, "content");
    const display = displayPath(root);
    const [autre, journal] = listMarkdown(join(content, "sources"), display, []);
    const claims = listMarkdown(join(content, "claims"), display, []);
    const options = { today: "2026-06-01" };
    const opened = openShare({ key: "k", sources: journal ? [journal] : [], claims, options });
    expect(opened.value.sources.map((source) => source.id)).toEqual(["journal"]);
    expect(opened.value.statements.map((statement) => statement?.claim)).toEqual([
      "Il a dit que la République serait derrière Amine.",
    ]);
    const sent = autre && shared(prepareSource(autre, options));
    const settings = loadSettings(content, "content");
    const checked = checkShare({
      key: "k",
      sources: [sent ?? 0, 0],
      settings,
      today: "2026-06-01",
    });
    expect(checked.value).toEqual([
      {
        diagnostics: [expect.objectContaining({ line: 4, rule: "unknown-verdict" })],
        valid: false,
        cites: ["journal"],
        labels: [{ kind: "claimant", label: "Jérôme Durain", path: ["claimant"] }],
      },
    ]);
  });

  it("says what is wrong when no share was opened in its thread", () => {
    const settings = loadSettings("/nowhere", "x");
    expect(() => checkShare({ key: "none", sources: [], settings, today: "2026-06-01" })).toThrow(
      "This worker holds no share of this load: openShare must run first.",
    );
  });
});

describe("shared", () => {
  it("keeps a source's maps in memory other threads share, and leaves its Source here", () => {
    const root = variantFolder({});
    const [journal] = listMarkdown(join(root, "content/sources"), displayPath(root), []);
    const prepared = journal && shared(prepareSource(journal, {}));
    expect(prepared?.source).toBeUndefined();
    expect(prepared?.quotable?.text.visible.offsets.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(prepared?.quotable?.text.normalized.ends.buffer).toBeInstanceOf(SharedArrayBuffer);
  });
});
