import { describe, expect, it } from "vitest";
import { dateDiagnostics, dayOf, today } from "../dates.ts";

const at = () => ({ line: 3, column: 1 });

describe("today", () => {
  it("is today's day in UTC, as YYYY-MM-DD", () => {
    expect(today()).toBe(new Date().toISOString().slice(0, 10));
  });
});

describe("dayOf", () => {
  it("gives the day of a valid date and nothing for anything else", () => {
    expect(dayOf("2026-02-09")).toBe("2026-02-09");
    expect(dayOf("2026-02-30")).toBeUndefined();
    expect(dayOf(42)).toBeUndefined();
  });
});

describe("dateDiagnostics", () => {
  it("refuses a date in the future and an update before publication", () => {
    const data = { published: "2030-01-01", updated: "2020-01-01" };
    expect(dateDiagnostics("claim", data, "c.md", at, "2026-06-01")).toEqual([
      {
        file: "c.md",
        line: 3,
        column: 1,
        severity: "error",
        rule: "future-date",
        reason:
          "The date 2030-01-01 is in the future (today is 2026-06-01). Write the date on which it happened.",
      },
      {
        file: "c.md",
        line: 3,
        column: 1,
        severity: "error",
        rule: "date-order",
        reason:
          "The fact-check is updated on 2020-01-01, before it was published (2030-01-01). Correct one of the two dates.",
      },
    ]);
  });

  it("leaves dates that are not real dates to the schema", () => {
    expect(dateDiagnostics("claim", { published: "hier" }, "c.md", at, "2026-06-01")).toEqual([]);
  });
});
