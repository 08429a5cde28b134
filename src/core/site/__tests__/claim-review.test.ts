import { describe, expect, it } from "vitest";
import { claimReview, jsonLdScript, type ReviewContext } from "../claim-review.ts";
import { durainClaim, inverifiable } from "./claim-fixture.ts";

const PAGE = "https://example.org/claims/durain-encore-senateur/";
const context: ReviewContext = {
  pageUrl: PAGE,
  publisher: { name: "Rédaction Citable", url: "https://example.org" },
  scale: { best: 4, worst: 1 },
  lang: "fr",
};

/** The post of the first test, as the review describes it. */
const post = {
  "@type": "CreativeWork",
  url: "https://reseau.example/posts/4521",
  datePublished: "2025-11-22",
  publisher: { "@type": "Organization", name: "Facebook" },
};

describe("claimReview", () => {
  it("describes the fact-check, its rating and the claim reviewed", () => {
    const claim = durainClaim({
      updated: "2025-11-27",
      appearance: {
        platform: "Facebook",
        date: "2025-11-22",
        url: "https://reseau.example/posts/4521",
        archived: undefined,
      },
    });
    expect(claimReview(claim, context)).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: PAGE,
      claimReviewed: "Jérôme Durain est encore sénateur.",
      datePublished: "2025-11-24",
      dateModified: "2025-11-27",
      inLanguage: "fr",
      author: { "@type": "Organization", name: "Rédaction Citable", url: "https://example.org" },
      reviewRating: {
        "@type": "Rating",
        ratingValue: 1,
        bestRating: 4,
        worstRating: 1,
        alternateName: "Faux",
        name: "Faux",
        ratingExplanation:
          "Jérôme Durain n’est plus sénateur : l’article le présente comme « ex-sénateur ».",
      },
      itemReviewed: {
        "@type": "Claim",
        datePublished: "2025-11-22",
        appearance: [post],
        firstAppearance: post,
      },
    });
  });

  it.each(["@context", "@type", "url", "claimReviewed", "reviewRating", "author", "datePublished"])(
    "always carries %s",
    (key) => {
      const review = claimReview(
        durainClaim({ claimant: undefined, claimDate: undefined }),
        context,
      );
      expect(review).toHaveProperty([key]);
    },
  );

  it.each([
    ["person", "Jérôme Durain", { "@type": "Person", name: "Jérôme Durain" }],
    [
      "organisation",
      "Association des maires",
      { "@type": "Organization", name: "Association des maires" },
    ],
    ["anonymous", "Message viral sur les réseaux sociaux", undefined],
  ] as const)("makes a claimant of kind %s the claim's author as %o", (kind, label, author) => {
    const claim = durainClaim({ claimant: { label, slug: "x", kind } });
    const reviewed = claimReview(claim, context).itemReviewed as Record<string, unknown>;
    expect(reviewed.author).toEqual(author);
    expect("author" in reviewed).toBe(author !== undefined);
  });

  it("shows the share card as the review's image", () => {
    const image = "https://example.org/cards/durain-encore-senateur-0123456789abcdef.png";
    expect(claimReview(durainClaim(), { ...context, image }).image).toBe(image);
    expect("image" in claimReview(durainClaim(), context)).toBe(false);
  });

  it("gives a verdict outside the scale a textual rating only", () => {
    const review = claimReview(durainClaim({ verdict: inverifiable }), context);
    expect(review.reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Invérifiable",
      name: "Invérifiable",
      ratingExplanation:
        "Jérôme Durain n’est plus sénateur : l’article le présente comme « ex-sénateur ».",
    });
  });

  it("says where and when a claim appeared even when its address was not recorded", () => {
    const appearance = { platform: "X", date: "2025-11-22", url: undefined, archived: undefined };
    const reviewed = claimReview(durainClaim({ appearance }), context).itemReviewed as Record<
      string,
      unknown
    >;
    const work = {
      "@type": "CreativeWork",
      datePublished: "2025-11-22",
      publisher: { "@type": "Organization", name: "X" },
    };
    expect(reviewed.appearance).toEqual([work]);
    expect(reviewed.firstAppearance).toEqual(work);
  });

  it("keeps an archived copy of the appearance as archivedAt", () => {
    const appearance = {
      platform: "X",
      date: undefined,
      url: "https://x.example/status/1",
      archived: "https://archive.example/x/1",
    };
    const reviewed = claimReview(durainClaim({ appearance }), context).itemReviewed as {
      firstAppearance: Record<string, unknown>;
    };
    expect(reviewed.firstAppearance).toEqual({
      "@type": "CreativeWork",
      url: "https://x.example/status/1",
      publisher: { "@type": "Organization", name: "X" },
      archivedAt: "https://archive.example/x/1",
    });
  });

  it("dates the review by its latest correction when that is later than updated", () => {
    const claim = durainClaim({
      updated: "2025-11-27",
      corrections: [
        {
          date: "2025-12-01",
          note: "Verdict revu.",
          previousVerdict: { key: "vrai", label: "Vrai" },
        },
      ],
    });
    expect(claimReview(claim, context).dateModified).toBe("2025-12-01");
  });

  it("tags the review with the language it is given", () => {
    expect(claimReview(durainClaim({ lang: "en" }), { ...context, lang: "en" }).inLanguage).toBe(
      "en",
    );
  });

  it("leaves out what the claim does not say", () => {
    const claim = durainClaim({ claimant: undefined, claimDate: undefined });
    const review = claimReview(claim, { ...context, publisher: { name: "Rédaction Citable" } });
    expect(review).not.toHaveProperty(["dateModified"]);
    expect(review.author).toEqual({ "@type": "Organization", name: "Rédaction Citable" });
    expect(review.itemReviewed).toEqual({ "@type": "Claim" });
  });
});

describe("jsonLdScript", () => {
  it("escapes < so that a claim cannot close the script element", () => {
    const script = jsonLdScript({ claimReviewed: "Il a écrit </script><script>alert(1)</script>" });
    expect(script).toBe(
      '{"claimReviewed":"Il a écrit \\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
    );
  });

  it("escapes the line and paragraph separators", () => {
    expect(jsonLdScript({ summary: "a\u2028b\u2029c" })).toBe('{"summary":"a\\u2028b\\u2029c"}');
  });

  it("stays JSON that reads back as the same data", () => {
    const review = claimReview(durainClaim(), context);
    expect(JSON.parse(jsonLdScript(review))).toEqual(review);
  });
});
