import { describe, expect, it } from "vitest";
import { watchStatesLine } from "../watch-states.ts";

describe("watchStatesLine", () => {
  it("counts each state, and what an unreachable original last showed", () => {
    expect(
      watchStatesLine([
        { state: "unchanged" },
        { state: "unchanged" },
        { state: "unreachable", seen: "changed-quotes-gone" },
      ]),
    ).toBe(
      "! Originals (watch.json): 2 unchanged, 1 unreachable (1 last seen changed-quotes-gone).",
    );
    expect(watchStatesLine([{ state: "unchanged" }, { state: "changed-quotes-present" }])).toBe(
      "✔ Originals (watch.json): 1 unchanged, 1 changed-quotes-present.",
    );
  });

  it("says nothing for a site without watch.json, and why it stops for one it cannot read", () => {
    expect(watchStatesLine(undefined)).toBeUndefined();
    expect(watchStatesLine("unreadable")).toBe(
      "Originals: watch.json could not be read (see above); npm run watch-sources will not rewrite it until it is fixed.",
    );
  });
});
