import { describe, expect, it } from "vitest";
import { httpUrl, ID_PATTERN, id, isoDate, isRealDate, langTag, text } from "../fields.ts";

describe("ID_PATTERN", () => {
  it("accepts lowercase words joined by single hyphens", () => {
    expect(["durain-2025", "a", "x1-y2"].every((value) => ID_PATTERN.test(value))).toBe(true);
    expect(["Durain", "a--b", "-a", "a-", "é"].some((value) => ID_PATTERN.test(value))).toBe(false);
  });
});

describe("isRealDate", () => {
  it("accepts a day of the calendar and refuses one that does not exist", () => {
    expect(isRealDate("2024-02-29")).toBe(true);
    expect(isRealDate("2025-02-29")).toBe(false);
    expect(isRealDate("29/02/2024")).toBe(false);
  });
});

describe("the field types", () => {
  it("say what they expect in a predicate", () => {
    const message = (
      schema: { safeParse(v: unknown): { error?: { issues: Array<{ message: string }> } } },
      value: unknown,
    ) => schema.safeParse(value).error?.issues[0]?.message;
    expect(message(text(), "   ")).toBe("must not be empty");
    expect(message(id(), "A b")).toBe(
      "must be lowercase letters, digits and hyphens, such as gazette-2025",
    );
    expect(message(isoDate(), "2025-02-30")).toBe(
      "must be a real date in the form YYYY-MM-DD, such as 2026-02-09",
    );
    expect(message(httpUrl(), "ftp://x.example")).toBe(
      "must be an absolute http or https address, such as https://example.org/page",
    );
    expect(message(langTag(), "français")).toBe("must be a language tag such as fr or en-GB");
  });
});
