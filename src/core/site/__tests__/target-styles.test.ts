import { describe, expect, it } from "vitest";
import { targetStyles } from "../target-styles.ts";

describe("targetStyles", () => {
  it("selects every mark and the note of a passage when its first mark is the target, and unclamps the note", () => {
    expect(targetStyles(["claim--a"])).toBe(
      '.source:has([id="claim--a"]:target) :is(mark[data-quote="claim--a"], [data-note-for~="claim--a"]) {\n' +
        "  --target: var(--mark-target);\n  --clamp: none;\n}\n",
    );
  });

  it("writes one selector per passage, in one rule", () => {
    const css = targetStyles(["a--x", "b--y"]);
    expect(css.match(/mark\[data-quote=/g)).toHaveLength(2);
    expect(css.match(/\{/g)).toHaveLength(1);
  });

  it("writes nothing for a source that no claim quotes", () => {
    expect(targetStyles([])).toBe("");
  });

  it("escapes a quotation mark so that it cannot end the selector's string", () => {
    expect(targetStyles(['a"b'])).toContain('[id="a\\"b"]');
  });
});
