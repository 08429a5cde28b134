import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../front-matter.ts";

describe("splitFrontMatter", () => {
  it("gives the fields, the YAML text and the body, with their offsets", () => {
    expect(splitFrontMatter("---\na: 1\n---\nbody")).toEqual({
      ok: true,
      data: { a: 1 },
      yamlText: "\na: 1",
      yamlOffset: 3,
      body: "body",
      bodyOffset: 13,
    });
  });

  it("says a file without --- has no front matter", () => {
    expect(splitFrontMatter("+++\na = 1\n+++\n")).toMatchObject({
      ok: false,
      problem: "missing-front-matter",
      offset: 0,
    });
  });

  it("points at the YAML error", () => {
    expect(splitFrontMatter("---\na: [\n---\n")).toEqual({
      ok: false,
      problem: "yaml-syntax",
      reason:
        "The front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].",
      offset: 8,
    });
  });
});
