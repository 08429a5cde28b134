import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../markdown.ts";

describe("parseMarkdown", () => {
  it("parses CommonMark into a tree with positions", () => {
    const markdown = "Un *texte* avec \\* et &lt; ici.\n\n> Citée\n> encore.\n\n- un\n- deux\n";
    const tree = parseMarkdown(markdown);
    expect(tree.children.map((node) => node.type)).toEqual(["paragraph", "blockquote", "list"]);
    expect(tree.children[1]?.position?.start.line).toBe(3);
  });

  it("finds a table in a list and a quote, and none without a delimiter row", () => {
    expect(JSON.stringify(parseMarkdown("- | a |\n  | - |\n  | b |"))).toContain('"table"');
    expect(JSON.stringify(parseMarkdown("> | a |\n> | :-: |"))).toContain('"table"');
    expect(JSON.stringify(parseMarkdown("| a | b |\n| c | d |"))).not.toContain('"table"');
  });

  it("reads strike-through with two tildes only", () => {
    expect(JSON.stringify(parseMarkdown("Un ~~ancien~~ texte."))).toContain('"delete"');
    expect(JSON.stringify(parseMarkdown("Un ~ancien~ texte."))).not.toContain('"delete"');
  });
});
