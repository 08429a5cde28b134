import { describe, expect, it } from "vitest";
import { SiteBuilder } from "../site-builder.ts";
import { claimSummary, sourceSummary } from "../view-model.ts";
import { fixtureCorpus, options } from "./corpus.ts";

const builder = new SiteBuilder(options);
builder.build(fixtureCorpus());
const { claims, sources } = builder.model();

describe("claimSummary", () => {
  it("keeps what listings show, without the rendered reasoning or the citations", () => {
    const [claim] = claims;
    if (!claim) throw new Error("No claim.");
    const summary = claimSummary(claim);
    expect(summary).toMatchObject({
      id: "exemple",
      claim: "Il a dit que la République serait derrière Amine.",
      verdict: { key: "vrai", label: "Vrai" },
      published: "2026-01-15",
    });
    expect(summary).not.toHaveProperty("bodyHtml");
    expect(summary).not.toHaveProperty("citations");
  });
});

describe("sourceSummary", () => {
  it("counts the quoted passages instead of listing them", () => {
    const [source] = sources;
    if (!source) throw new Error("No source.");
    expect(sourceSummary(source)).toEqual({
      id: "journal",
      title: "Une source de test",
      publisher: "Le Journal",
      published: "2025-11-22",
      passages: 2,
    });
  });
});
