import { describe, expect, it } from "vitest";
import { elisionProblem, QUOTE_MINIMUM, quoteLengthProblem } from "../quote-rules.ts";
import { journal } from "./journal.ts";

describe("quoteLengthProblem", () => {
  it("refuses a quote shorter than the minimum, counting its words and characters", () => {
    expect(quoteLengthProblem("dit", "il a dit")).toEqual({
      rule: "quote-too-short",
      reason: `The quote of citation "dit" is too short to be evidence (3 words, 6 characters). Quote at least ${QUOTE_MINIMUM.words} words and ${QUOTE_MINIMUM.characters} characters, enough for a reader to recognise the passage.`,
    });
  });

  it("refuses a single word between elisions", () => {
    expect(quoteLengthProblem("dit", "La République […] Amine")?.reason).toBe(
      'The part "Amine" of the quote of citation "dit" is a single word. Each part around […] needs at least 2 words, so that an elision cannot assemble a sentence from scattered words.',
    );
  });

  it("accepts a quote long enough to be recognised", () => {
    expect(quoteLengthProblem("dit", "La République serait derrière Amine")).toBeUndefined();
  });
});

describe("elisionProblem", () => {
  it("refuses an elision that leaves out a whole paragraph, naming the lines of the parts", () => {
    expect(
      elisionProblem("dit", journal(), { quote: "Il a dit […] serait derrière Amine, encore" }),
    ).toEqual({
      rule: "quote-elision",
      reason:
        'The quote of citation "dit" stands in the source "journal" only if […] leaves out a whole paragraph, heading or list item. An elision may shorten a passage, not join passages that the source keeps apart: quote them in separate citations.',
      hint: "Its parts stand in sources/journal.md on lines 4 and 7.",
    });
  });

  it("has nothing to say about a quote that is not in the source at all", () => {
    expect(
      elisionProblem("dit", journal(), { quote: "Rien de tel […] dans la source" }),
    ).toBeUndefined();
  });
});
