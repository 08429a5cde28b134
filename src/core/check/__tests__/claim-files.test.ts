import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openContentFile } from "../../content/content-file.ts";
import { CitedSources } from "../claim-context.ts";
import { checkOpened, citedSources, openClaim } from "../claim-files.ts";
import { variantFolder } from "./variant.ts";

const root = variantFolder({});
const entry = (id: string) => ({
  id,
  absolute: join(root, "content/claims", `${id}.md`),
  path: `content/claims/${id}.md`,
});
const noSources = new CitedSources().context(
  { site: undefined, ratings: undefined, diagnostics: [] },
  "2026-06-01",
);

describe("openClaim", () => {
  it("reads and splits a claim file", () => {
    const opened = openClaim(entry("exemple"));
    expect(opened.diagnostics).toEqual([]);
    expect(opened.file?.data).toMatchObject({ verdict: "vrai" });
  });

  it("keeps the problem of a file that cannot be read", () => {
    const opened = openClaim(entry("absent"));
    expect(opened.file).toBeUndefined();
    expect(opened.diagnostics.map((d) => d.rule)).toEqual(["unreadable-file"]);
  });
});

describe("checkOpened", () => {
  it("checks the claim and keeps the sources it cites and its labels", () => {
    const checked = checkOpened(openClaim(entry("exemple")), noSources);
    expect(checked.claim).toBeUndefined();
    expect(checked.diagnostics.map((d) => d.rule)).toEqual(["unknown-source", "unknown-source"]);
    expect([...checked.cites]).toEqual(["journal"]);
    expect(checked.labels.map((use) => [use.kind, use.label])).toEqual([
      ["claimant", "Jérôme Durain"],
    ]);
  });

  it("gives a file that could not be read no citations and no labels", () => {
    const checked = checkOpened(openClaim(entry("absent")), noSources);
    expect(checked).toMatchObject({ claim: undefined, labels: [] });
    expect(checked.cites.size).toBe(0);
  });
});

describe("citedSources", () => {
  it("names the sources of every citation, valid or not, and ignores what is not a name", () => {
    const file = openContentFile(
      "---\ncitations:\n  - source: a\n  - source: b\n    quote: 3\n  - source: 4\n  - null\n---\n",
      "claims/x.md",
    );
    if ("rule" in file) throw new Error(file.reason);
    expect([...citedSources(file)]).toEqual(["a", "b"]);
  });
});
