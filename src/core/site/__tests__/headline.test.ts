import { describe, expect, it } from "vitest";
import { claimHeadline, quoteIn, verdictTitle } from "../headline.ts";

describe("claimHeadline", () => {
  it("puts a verbatim claim between French guillemets with narrow no-break spaces", () => {
    expect(claimHeadline("J’ai écrit à Emmanuel Macron.", true, "fr")).toBe(
      "«\u202fJ’ai écrit à Emmanuel Macron.\u202f»",
    );
  });

  it("puts a verbatim claim between English quotation marks", () => {
    expect(claimHeadline("I wrote to the President.", true, "en-GB")).toBe(
      "“I wrote to the President.”",
    );
  });

  it.each(["« La République serait derrière Amine. »", "“Je serai prêt.”", '"Je serai prêt".'])(
    "does not double the marks of a verbatim claim already quoted: %s",
    (claim) => {
      expect(claimHeadline(claim, true, "fr")).toBe(claim);
    },
  );

  it("nests the marks of a quote inside a verbatim claim", () => {
    expect(claimHeadline("Il a dit « jamais » deux fois.", true, "fr")).toBe(
      "«\u202fIl a dit “jamais” deux fois.\u202f»",
    );
  });

  it("shows a paraphrase as written, even when it contains a quote", () => {
    const claim = "Amine Kessaci l’annonce lui-même : « ce sera le narcotrafic »";
    expect(claimHeadline(claim, false, "fr")).toBe(claim);
  });
});

describe("quoteIn", () => {
  it("nests the guillemets of a French quote as English marks, never « …« … »»", () => {
    expect(quoteIn("car se taire «\u202frisque sa vie\u202f»", "fr")).toBe(
      "«\u202fcar se taire “risque sa vie”\u202f»",
    );
  });

  it("nests a mark cut at the edge of the quote too", () => {
    expect(quoteIn("« risque sa vie", "fr")).toBe("«\u202f“risque sa vie\u202f»");
  });

  it("nests English double marks as single ones inside an English quote", () => {
    expect(quoteIn("he said “never” twice", "en")).toBe("“he said ‘never’ twice”");
  });
});

describe("verdictTitle", () => {
  it("puts the verdict first, with a narrow no-break space before the colon in French", () => {
    expect(verdictTitle("Faux", "Kessaci a 20 ans.", "fr")).toBe("Faux\u202f: Kessaci a 20 ans.");
  });

  it("puts the verdict first, with the colon against it in English", () => {
    expect(verdictTitle("False", "Kessaci is 20.", "en")).toBe("False: Kessaci is 20.");
  });
});
