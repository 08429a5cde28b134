import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { grayMatterSplit, splitFrontMatter } from "../front-matter.ts";

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

// Files that open with --- and a line break, as splitFrontMatter hands them over: the cases
// where gray-matter's split has a rule of its own.
const SPLITS = [
  "---\na: 1\n---\nbody",
  "---\r\na: 1\r\n---\r\nbody\r\n",
  "--- yaml\na: 1\n---\nbody",
  "---yml  \na: 1\n---\n\nbody",
  "---   \na: 1\n---\nbody",
  "---\na: 1\n",
  "---\n# only a comment\n---\nbody",
  "---\n  # indented\n\n---\nbody",
  "---\n\n---\nbody",
  "---\n#c\na: 1\n---\nb",
  "---\na: 1\n---x\nbody",
  "---\na: 1\n----\nbody",
  "---\na: 1\n---\n\n\nbody",
  "---\na: 1\n---",
  "---\na: |\n  x\n---\n",
  "---\na: 1\n---\r\r\nbody",
  "---\na: 1\n--- \n---\nbody",
];

describe("grayMatterSplit", () => {
  it.each(SPLITS)("splits %j as gray-matter does", (raw) => {
    const given: string[] = [];
    const ours = grayMatterSplit(raw, (text) => {
      given.push(text);
      return { text };
    });
    const theirs: string[] = [];
    const file = matter(raw, {
      language: "yaml",
      engines: {
        yaml: (text: string) => {
          theirs.push(text);
          return { text };
        },
      },
    });
    expect(given).toEqual(theirs);
    expect(ours).toEqual({ data: file.data, content: file.content });
  });
});
