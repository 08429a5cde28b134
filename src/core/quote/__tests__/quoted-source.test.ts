import { describe, expect, it } from "vitest";
import { JOURNAL, journal } from "./journal.ts";

describe("quotedSource", () => {
  it("names the source and gives the line of any offset of its file", () => {
    const source = journal();
    expect([source.id, source.path]).toEqual(["journal", "sources/journal.md"]);
    expect(source.line(0)).toBe(1);
    expect(source.line(JOURNAL.indexOf("et il"))).toBe(5);
    expect(source.line(JOURNAL.indexOf("encore"))).toBe(7);
  });
});
