import { describe, expect, it } from "vitest";
import { watchSchema } from "../watch.ts";

const entry = {
  url: "https://example.org/a",
  checked: "2026-11-28T06:00:00Z",
  state: "changed-quotes-gone",
  status: 200,
  gone: [
    {
      claim: "kessaci-pret",
      citation: "pret",
      quote: "je serai prêt",
      closest: { text: "je serai là", similarity: 0.7 },
    },
  ],
};

describe("watchSchema", () => {
  it("accepts what npm run watch-sources writes", () => {
    expect(watchSchema.safeParse({ sources: { entretien: entry } }).success).toBe(true);
  });

  it.each([
    ["an unknown state", { ...entry, state: "perdu" }, ["sources", "entretien", "state"]],
    [
      "a day without a time",
      { ...entry, checked: "2026-11-28" },
      ["sources", "entretien", "checked"],
    ],
    [
      "an address that is not http",
      { ...entry, url: "javascript:alert(1)" },
      ["sources", "entretien", "url"],
    ],
    ["a status that is not HTTP's", { ...entry, status: 999 }, ["sources", "entretien", "status"]],
    [
      "a similarity above 1",
      { ...entry, gone: [{ ...entry.gone[0], closest: { text: "x", similarity: 2 } }] },
      ["sources", "entretien", "gone", 0, "closest", "similarity"],
    ],
    ["a field it does not know", { ...entry, note: "?" }, ["sources", "entretien"]],
  ])("refuses %s", (_what, value, path) => {
    const parsed = watchSchema.safeParse({ sources: { entretien: value } });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(path);
  });

  it("refuses a source id that is not an id", () => {
    expect(watchSchema.safeParse({ sources: { "../x": entry } }).success).toBe(false);
  });
});
