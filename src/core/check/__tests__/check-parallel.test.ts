import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkContent } from "../check-parallel.ts";
import { loadCorpus } from "../corpus.ts";
import { replace, variantFolder } from "./variant.ts";

describe("checkContent", () => {
  it("finds what a full load finds, in the same order, with a worker preparing the sources", async () => {
    const sources: Record<string, string> = {};
    for (let n = 0; n < 6; n++) {
      sources[`sources/s${n}.md`] =
        `---\ntitle: Source ${n}\npublisher: X\npublished: 2025-01-0${n + 1}\n---\nTexte numéro ${n}.\n`;
    }
    const root = variantFolder({
      ...sources,
      "sources/s5.md": "---\ntitle: [\n---\n",
      "claims/exemple.md": replace("source: journal", "source: s1"),
    });
    const content = join(root, "content");
    const checked = await checkContent(content, root, { today: "2026-06-01" });
    const loaded = loadCorpus(content, root, { today: "2026-06-01" });
    expect(checked.diagnostics).toEqual(loaded.diagnostics);
    expect(checked.diagnostics.map((d) => `${d.file} ${d.rule}`)).toEqual([
      "content/claims/exemple.md quote-not-found",
      "content/sources/s5.md yaml-syntax",
    ]);
    expect(checked.files).toEqual({ sources: 7, claims: 1 });
  });
});
