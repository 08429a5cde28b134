import { describe, expect, it } from "vitest";
import { targetStyles } from "../target-styles.ts";

describe("targetStyles", () => {
  it("highlights every mark, the banner and the note of a passage when its first mark is the target", () => {
    const css = targetStyles(["claim--a"]);
    expect(css).toContain('.source:has([id="claim--a"]:target) mark[data-quote="claim--a"] {');
    expect(css).toContain(
      '.source:has([id="claim--a"]:target) [data-arrival="claim--a"] {\n  display: flex;',
    );
    expect(css).toContain('.source:has([id="claim--a"]:target) [data-note-for="claim--a"] {');
  });

  it("writes one selector per passage in each rule", () => {
    const css = targetStyles(["a--x", "b--y"]);
    expect(css.match(/mark\[data-quote=/g)).toHaveLength(2);
    expect(css.split("}\n")).toHaveLength(4);
  });

  it("writes nothing for a source that no claim quotes", () => {
    expect(targetStyles([])).toBe("");
  });

  it("escapes a quotation mark so that it cannot end the selector's string", () => {
    expect(targetStyles(['a"b'])).toContain('[id="a\\"b"]');
  });
});
