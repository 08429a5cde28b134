import { describe, expect, it } from "vitest";
import type { Watch } from "../../schema/watch.ts";
import { citationNotice, originalNotice } from "../watch-view.ts";

const watch: Watch = {
  sources: {
    corrige: {
      url: "https://example.org/a",
      checked: "2026-11-28T06:00:00Z",
      state: "changed-quotes-gone",
      status: 200,
      gone: [{ claim: "c1", citation: "pret", quote: "je serai prêt à le faire" }],
    },
    supprime: {
      url: "https://example.org/b",
      checked: "2026-11-29T06:00:00Z",
      state: "gone",
      status: 410,
    },
    deplace: {
      url: "https://example.org/c",
      checked: "2026-11-29T06:00:00Z",
      state: "moved",
      status: 200,
      to: "https://example.org/d",
    },
  },
};

describe("originalNotice", () => {
  it("gives the state, the day of the check and how many cited passages are gone", () => {
    expect(originalNotice(watch, "corrige")).toEqual({
      state: "changed-quotes-gone",
      checked: "2026-11-28",
      status: 200,
      to: undefined,
      gone: 1,
      outage: undefined,
      changes: [],
    });
    expect(originalNotice(watch, "deplace")).toMatchObject({
      state: "moved",
      to: "https://example.org/d",
      gone: 0,
    });
  });

  it("gives nothing for a source never checked, or without watch.json", () => {
    expect(originalNotice(watch, "autre")).toBeUndefined();
    expect(originalNotice(undefined, "corrige")).toBeUndefined();
  });
});

describe("citationNotice", () => {
  it("marks only the citation whose passage is gone", () => {
    expect(citationNotice(watch, "corrige", "c1", "pret")).toEqual({
      state: "changed-quotes-gone",
      checked: "2026-11-28",
    });
    expect(citationNotice(watch, "corrige", "c1", "autre")).toBeUndefined();
    expect(citationNotice(watch, "corrige", "c2", "pret")).toBeUndefined();
  });

  it("marks every citation of an original that is gone, and none of one that moved", () => {
    expect(citationNotice(watch, "supprime", "c1", "x")).toEqual({
      state: "gone",
      checked: "2026-11-29",
    });
    expect(citationNotice(watch, "deplace", "c1", "x")).toBeUndefined();
  });
});

describe("an outage", () => {
  const outage: Watch = {
    sources: {
      corrige: {
        url: "https://example.org/a",
        checked: "2026-12-07T06:00:00Z",
        state: "unreachable",
        reason: "https://example.org/a answered with HTTP status 503.",
        since: "2026-11-30T06:00:00Z",
        lastRead: "2026-11-23T06:00:00Z",
        seen: "changed-quotes-gone",
        gone: [{ claim: "c1", citation: "pret", quote: "je serai prêt à le faire" }],
        changes: [{ old: "dans une prochaine campagne.", new: "le moment venu." }],
      },
    },
  };

  it("keeps the notice that a cited passage is gone, dated by the last reading", () => {
    expect(citationNotice(outage, "corrige", "c1", "pret")).toEqual({
      state: "changed-quotes-gone",
      checked: "2026-11-23",
    });
    expect(originalNotice(outage, "corrige")).toMatchObject({
      state: "unreachable",
      gone: 1,
      outage: { since: "2026-11-30", seen: "changed-quotes-gone", read: "2026-11-23" },
      changes: [{ old: "dans une prochaine campagne.", new: "le moment venu." }],
    });
  });

  it("gives nothing for a source whose id is a name every plain object has", () => {
    expect(originalNotice(outage, "constructor")).toBeUndefined();
    expect(citationNotice(outage, "to-string", "c1", "pret")).toBeUndefined();
    expect(originalNotice({ sources: {} }, "constructor")).toBeUndefined();
  });
});
