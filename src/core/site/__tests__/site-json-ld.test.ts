import { describe, expect, it } from "vitest";
import { siteJsonLd } from "../site-json-ld.ts";

const facts = {
  name: "Citable",
  description: "Des affirmations vérifiées.",
  lang: "fr",
  homeUrl: "https://example.org/verif/",
  searchUrl: "https://example.org/verif/search/",
  publisher: { name: "Rédaction Citable" },
};

describe("siteJsonLd", () => {
  it("describes the site, its search and its publisher, linked by @id", () => {
    const [website, organization] = siteJsonLd(facts)["@graph"] as Record<string, unknown>[];
    expect(website).toMatchObject({
      "@type": "WebSite",
      url: "https://example.org/verif/",
      name: "Citable",
      inLanguage: "fr",
      publisher: { "@id": "https://example.org/verif/#publisher" },
      potentialAction: {
        target: { urlTemplate: "https://example.org/verif/search/?q={search_term_string}" },
      },
    });
    expect(organization).toEqual({
      "@type": "Organization",
      "@id": "https://example.org/verif/#publisher",
      name: "Rédaction Citable",
      url: "https://example.org/verif/",
    });
  });

  it("carries the site's card only when it has one", () => {
    const image = "https://example.org/verif/cards/site.png";
    const withCard = siteJsonLd({ ...facts, image })["@graph"] as Record<string, unknown>[];
    expect(withCard[0]?.image).toBe(image);
    const without = siteJsonLd(facts)["@graph"] as Record<string, unknown>[];
    expect(without[0]).not.toHaveProperty("image");
  });
});
