import { describe, expect, it } from "vitest";
import { locate } from "../locate.ts";
import { notFoundHint } from "../quote-not-found.ts";
import { journal } from "./journal.ts";

describe("notFoundHint", () => {
  it("shows the closest passage, its line, and each difference in words", () => {
    const source = journal();
    const query = { quote: "La République serait derrière Amine, toujours." };
    const location = locate(source.text, query);
    if (location.kind !== "not-found") throw new Error("The quote should not be found.");
    expect(notFoundHint(location, source, query)).toBe(
      'Closest passage, sources/journal.md:7 (86% similar):\n  "La République serait derrière Amine, encore."\nWhere they differ, the source\'s text in [brackets]:\n  Line 7: …serait derrière Amine, [encore].\n    The quote has "toujours" where the source has "encore".',
    );
  });
});
