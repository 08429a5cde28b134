import { describe, expect, it } from "vitest";
import { checkVariant, replace } from "../../check/__tests__/variant.ts";

/** The lines the check prints when the fixture's citation "encore" quotes `quote`. */
function check(quote: string): string[][] {
  const { lines } = checkVariant({
    "claims/exemple.md": replace(
      '    quote: "La République serait derrière Amine, encore."',
      `    quote: ${JSON.stringify(quote)}`,
    ),
  });
  return lines.map((line) => line.split("\n"));
}

describe("parenthesisedElisionProblem", () => {
  it("asks for […] and says the quote then stands in the source", () => {
    expect(check("La République serait (...) Amine, encore.")).toEqual([
      [
        'content/claims/exemple.md:13:5  error  The quote of citation "encore" is not in the source "journal": it holds "(...)", which the check reads as text, not as an elision. To leave words out, write […] with square brackets.  quote-not-found',
        '    With […] in place of "(...)", the quote stands in content/sources/journal.md.',
      ],
    ]);
  });

  it("says when the quote is not in the source even with […]", () => {
    expect(check("La République serait (…) Martine, encore.")).toEqual([
      [
        'content/claims/exemple.md:13:5  error  The quote of citation "encore" is not in the source "journal": it holds "(…)", which the check reads as text, not as an elision. To leave words out, write […] with square brackets.  quote-not-found',
        '    Even with […] in place of "(…)", the quote is not in content/sources/journal.md: copy each part as the source\'s reader sees it.',
      ],
    ]);
  });

  it("accepts (…) that the source itself prints", () => {
    const { lines } = checkVariant({
      "sources/journal.md": (text) =>
        `${text}\nIl a ajouté : « Nous serons là (…) jusqu’au bout. »\n`,
      "claims/exemple.md": replace(
        '    quote: "La République serait derrière Amine, encore."',
        '    quote: "Nous serons là (…) jusqu’au bout."',
      ),
    });
    expect(lines).toEqual([]);
  });
});
