import { describe, expect, it } from "vitest";
import { canonicalAddress, withoutTracking } from "../canonical-address.ts";

describe("withoutTracking", () => {
  it.each([
    [
      "https://journal.example/a?utm_source=x&utm_campaign=y&id=3&fbclid=z#xtor=RSS-1",
      "https://journal.example/a?id=3",
    ],
    [
      "https://journal.example/a?gclid=1&msclkid=2&xtor=CS1&at_medium=social",
      "https://journal.example/a",
    ],
    ["https://journal.example/a?page=2", "https://journal.example/a?page=2"],
    ["javascript:alert(1)", undefined],
  ])("makes %s %s", (url, cleaned) => {
    expect(withoutTracking(url)).toBe(cleaned);
  });
});

describe("canonicalAddress", () => {
  it("takes the page's own address on the site fetched, without tracking", () => {
    expect(
      canonicalAddress(
        "https://journal.example/a?utm_source=x",
        "https://www.journal.example/2026/a?utm_medium=rss",
      ),
    ).toEqual({ url: "https://www.journal.example/2026/a", declared: true });
  });

  it("keeps the address fetched when the page claims another site's", () => {
    expect(
      canonicalAddress("https://copie.example/a?fbclid=1", "https://journal.example/a"),
    ).toEqual({ url: "https://copie.example/a", declared: false });
  });

  it("takes the page's address for a saved file", () => {
    expect(canonicalAddress(undefined, "https://journal.example/a?utm_source=x")).toEqual({
      url: "https://journal.example/a",
      declared: true,
    });
  });
});
