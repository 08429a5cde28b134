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
