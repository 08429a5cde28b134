import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadSettings } from "../../content/settings-files.ts";
import { ownFactChecks } from "../own-fact-checks.ts";
import { variantFolder } from "./variant.ts";

const FIXTURE = fileURLToPath(new URL("./fixtures/content", import.meta.url));

describe("ownFactChecks", () => {
  it("reads each published claim's statement, verdict label, date, address and file", () => {
    const { site, ratings } = loadSettings(FIXTURE, "content");
    if (!site) throw new Error("The fixture's settings are valid.");
    expect(ownFactChecks(FIXTURE, "content", { ...site, base: "/verif/" }, ratings)).toEqual([
      {
        site: "Citable : l’exemple",
        id: "exemple",
        url: "https://example.org/verif/claims/exemple/",
        claim: "Il a dit que la République serait derrière Amine.",
        verdict: "Vrai",
        published: "2026-01-15",
        file: "content/claims/exemple.md",
      },
    ]);
  });

  it("leaves out drafts: no one has checked them yet", () => {
    const root = variantFolder({
      "claims/exemple.md": (text) => text.replace("---\n", "---\ndraft: true\n"),
    });
    const dir = `${root}/content`;
    const { site, ratings } = loadSettings(dir, "content");
    if (!site) throw new Error("The fixture's settings are valid.");
    expect(ownFactChecks(dir, "content", site, ratings)).toEqual([]);
  });
});
