import { describe, expect, it } from "vitest";
import { ratingsSchema, siteSchema } from "../settings.ts";

describe("siteSchema", () => {
  it("offers the interface in French or English only", () => {
    const site = {
      name: "N",
      description: "D",
      lang: "de",
      url: "https://example.org",
      publisher: { name: "P" },
    };
    expect(siteSchema.safeParse(site).error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["lang"], "must be fr or en"],
    ]);
  });

  it("draws a share card per claim unless told per verdict or none", () => {
    const site = {
      name: "N",
      description: "D",
      lang: "fr",
      url: "https://example.org",
      publisher: { name: "P" },
    };
    expect(siteSchema.parse(site).shareCards).toBe("claim");
    expect(siteSchema.parse({ ...site, shareCards: "verdict" }).shareCards).toBe("verdict");
    const wrong = siteSchema.safeParse({ ...site, shareCards: "always" });
    expect(wrong.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["shareCards"], "must be claim, verdict or off"],
    ]);
  });
});

describe("ratingsSchema", () => {
  it("needs at least one verdict", () => {
    expect(
      ratingsSchema
        .safeParse({ worst: 1, best: 2, verdicts: [] })
        .error?.issues.map((i) => i.message),
    ).toEqual(["must list at least one verdict"]);
  });
});
