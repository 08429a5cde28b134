import { describe, expect, it } from "vitest";
import type { Settings } from "../../content/settings-files.ts";
import { searchable } from "../../quote/searchable.ts";
import { CitedSources } from "../claim-context.ts";
import type { PreparedSource } from "../prepared-source.ts";

const text = searchable({
  text: "Bonjour",
  offsets: new Int32Array([0, 1, 2, 3, 4, 5, 6]),
  offsetEnds: new Int32Array([1, 2, 3, 4, 5, 6, 7]),
  blocks: [],
});
const prepared = (id: string, fields: Partial<PreparedSource> = {}): PreparedSource => ({
  id,
  path: `content/sources/${id}.md`,
  diagnostics: [],
  quotable: { raw: "---\ntitle: x\n---\nBonjour", text },
  published: "2025-01-02",
  readable: true,
  valid: true,
  ...fields,
});
const settings = (keys: string[]): Settings => ({
  site: undefined,
  ratings: { verdicts: keys.map((key) => ({ key })) } as unknown as Settings["ratings"],
  diagnostics: [],
});

describe("CitedSources", () => {
  it("gives claims every source that could be opened, with its day and its lines", () => {
    const cited = new CitedSources();
    cited.set("a", prepared("a"));
    const context = cited.context(settings(["vrai", "faux"]), "2026-01-01");
    expect(context.sources.get("a")?.path).toBe("content/sources/a.md");
    expect(context.sources.get("a")?.line(18)).toBe(4);
    expect(context.sourceDates.get("a")).toBe("2025-01-02");
    expect(context.verdicts).toEqual(["vrai", "faux"]);
    expect(context.today).toBe("2026-01-01");
    expect(context.unreadable.size).toBe(0);
  });

  it("marks a source whose body was refused as unreadable, and forgets a deleted one", () => {
    const cited = new CitedSources();
    cited.set("a", prepared("a", { readable: false, published: undefined }));
    expect(cited.context(settings([]), "2026-01-01").unreadable.has("a")).toBe(true);
    expect(cited.context(settings([]), "2026-01-01").sourceDates.has("a")).toBe(false);
    cited.set("a", undefined);
    expect(cited.has("a")).toBe(false);
    expect(cited.context(settings([]), "2026-01-01").unreadable.has("a")).toBe(false);
  });

  it("does not offer a source that could not be opened", () => {
    const cited = new CitedSources();
    cited.set("a", prepared("a", { quotable: undefined }));
    expect(cited.has("a")).toBe(false);
  });

  it("has no verdicts when ratings.yaml is invalid, and today in UTC by default", () => {
    const context = new CitedSources().context(
      { site: undefined, ratings: undefined, diagnostics: [] },
      undefined,
    );
    expect(context.verdicts).toEqual([]);
    expect(context.today).toBe(new Date().toISOString().slice(0, 10));
  });
});
