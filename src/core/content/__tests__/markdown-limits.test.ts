import { describe, expect, it } from "vitest";
import { MARKDOWN_LIMITS, markdownLimitProblem } from "../markdown-limits.ts";

describe("markdownLimitProblem", () => {
  it("accepts an ordinary body", () => {
    expect(
      markdownLimitProblem("Un paragraphe.\n\n> Une citation.\n\n- un\n- deux\n"),
    ).toBeUndefined();
  });

  it("refuses block quotes nested deeper than the limit, saying how deep", () => {
    expect(markdownLimitProblem(`${"> ".repeat(MARKDOWN_LIMITS.nesting + 2)}x`)).toEqual({
      offset: 0,
      reason:
        "Block quotes and lists are nested 8 levels deep here, more than the 6 that keep the text quick to check. Flatten them.",
    });
  });

  it("refuses a body of more lines than the limit, at the first line too many", () => {
    const body = "x\n".repeat(MARKDOWN_LIMITS.lines + 5);
    expect(markdownLimitProblem(body)?.offset).toBe(MARKDOWN_LIMITS.lines * 2);
  });
});
