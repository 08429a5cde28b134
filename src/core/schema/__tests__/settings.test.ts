import { describe, expect, it } from "vitest";
import { ratingsSchema, siteSchema } from "../settings.ts";

/** The fields site.yaml must hold. */
const SITE = {
  format: 2,
  name: "N",
  description: "D",
  lang: "fr",
  url: "https://example.org",
  publisher: { name: "P" },
};

describe("siteSchema", () => {
  it("offers the interface in French or English only", () => {
    const site = { ...SITE, lang: "de" };
    expect(siteSchema.safeParse(site).error?.issues.map((i) => [i.path, i.message])).toEqual([
      [["lang"], "must be fr or en"],
    ]);
  });

  it("draws a share card per claim unless told per verdict or none", () => {
    expect(siteSchema.parse(SITE).shareCards).toBe("claim");
    expect(siteSchema.parse({ ...SITE, shareCards: "verdict" }).shareCards).toBe("verdict");
    const wrong = siteSchema.safeParse({ ...SITE, shareCards: "always" });
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
