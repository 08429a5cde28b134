import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayPath, listMarkdown } from "../../content/content-listing.ts";
import { loadSettings } from "../../content/settings-files.ts";
import { checkShare, openShare, shared, sourceCounter, takeSources } from "../load-share.ts";
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
    // Another thread took the first source already: this one takes what is left.
    const next = sourceCounter();
    Atomics.store(next, 0, 1);
    const all = [autre, journal].flatMap((entry) => entry ?? []);
    const opened = openShare({ key: "k", sources: all, next, claims, options });
    expect(opened.value.sources.map((source) => source.id)).toEqual(["journal"]);
    expect(opened.value.places).toEqual([1]);
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

describe("takeSources", () => {
  it("prepares the sources no thread has taken yet, with their places, until none is left", () => {
    const files: Record<string, string> = {};
    for (let n = 10; n < 30; n++) {
      files[`sources/s${n}.md`] =
        `---\ntitle: S${n}\npublisher: X\npublished: 2025-01-01\n---\nTexte.\n`;
    }
    const root = variantFolder(files);
    const entries = listMarkdown(join(root, "content/sources"), displayPath(root), []);
    const next = sourceCounter();
    // Another thread took the first eight.
    Atomics.store(next, 0, 8);
    const taken = takeSources(entries, next, { today: "2026-06-01" });
    expect(taken.places).toEqual(Array.from({ length: entries.length - 8 }, (_, at) => at + 8));
    expect(taken.sources.map((source) => source.id)).toEqual(
      entries.slice(8).map((entry) => entry.id),
    );
    expect(takeSources(entries, next, {}).places).toEqual([]);
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
