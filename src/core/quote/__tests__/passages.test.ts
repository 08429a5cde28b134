import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../content/markdown.ts";
import { alignOffsets, visibleText } from "../passages.ts";

const markdown = "Un *texte* avec \\* et &lt; ici.\n\n> Citée\n> encore.\n\n- un\n- deux\n";

describe("visibleText", () => {
  it("gives the text a reader sees, blocks apart, each character mapped to the file", () => {
    const visible = visibleText(parseMarkdown(markdown), markdown, 10);
    expect(visible.text).toBe("Un texte avec * et < ici.\n\nCitée\nencore.\n\nun\n\ndeux");
    // "texte" starts after "Un *": offset 4 of the body, 14 of the file.
    expect(visible.offsets[3]).toBe(14);
    // The escaped star and the character reference map to what was written.
    const written = (char: string) => {
      const at = visible.text.indexOf(char);
      return markdown.slice((visible.offsets[at] ?? 0) - 10, (visible.offsetEnds[at] ?? 0) - 10);
    };
    expect(written("*")).toBe("*");
    expect(written("<")).toBe("&lt;");
    expect(visible.blocks.map((block) => [block.start, block.end])).toEqual([
      [0, 25],
      [27, 40],
      [42, 44],
      [46, 50],
    ]);
  });
});

describe("alignOffsets", () => {
  it("maps a decoded character reference onto the whole reference", () => {
    const { starts, ends } = alignOffsets("a<b", "a&lt;b", 0, 6);
    expect([...starts]).toEqual([0, 1, 5]);
    expect([...ends]).toEqual([1, 5, 6]);
  });
});

describe("visibleText on GitHub tables and strike-through", () => {
  it.each([
    ["| Année | Taux |\n| --- | --- |\n| 2024 | Le taux a baissé de 3 %. |", "table"],
    ["> | a |\n> | :-: |\n> | b |", "blockquote"],
    ["- | a |\n  | - |\n  | b |", "list"],
    ["Un ~~ancien~~ nouveau texte.", "paragraph"],
  ])("reads GFM tables and strike-through: %s", (markdown, type) => {
    const tree = parseMarkdown(markdown);
    expect(tree.children[0]?.type).toBe(type);
    const text = visibleText(tree, markdown).text;
    expect(text).not.toMatch(/[|~]/);
  });
});
