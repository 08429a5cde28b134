import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { toHast } from "mdast-util-to-hast";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../content/markdown.ts";
import { applyMarks } from "../marks.ts";

const render = (body: string, bodyOffset: number, ranges: Parameters<typeof applyMarks>[3]) => {
  const tree = toHast(parseMarkdown(body)) as Root;
  const first = applyMarks(tree, body, bodyOffset, ranges);
  return { html: toHtml(tree), first };
};

describe("applyMarks", () => {
  it("wraps a range of the file, across emphasis, and gives the first mark the fragment id", () => {
    const body = "Un *mot* marqué ici.\n\nAutre.";
    const { html, first } = render(body, 100, [{ fragment: "q", fileStart: 103, fileEnd: 115 }]);
    expect(html).toBe(
      '<p>Un <em><mark data-quote="q" id="q" data-note="1">mot</mark></em><mark data-quote="q"> marqué</mark> ici.</p>\n<p>Autre.</p>',
    );
    expect([...first]).toEqual([["q", { block: 0, number: 1 }]]);
  });

  it("nests overlapping quotes, and numbers the passages in the order they start", () => {
    const body = "Un deux trois quatre.";
    const { html } = render(body, 0, [
      { fragment: "a", fileStart: 0, fileEnd: 13 },
      { fragment: "b", fileStart: 3, fileEnd: 20 },
    ]);
    expect(html).toBe(
      '<p><mark data-quote="a" id="a" data-note="1">Un </mark><mark data-quote="a"><mark data-quote="b" id="b" data-note="2">deux trois</mark></mark><mark data-quote="b"> quatre</mark>.</p>',
    );
  });

  it("numbers two passages opening at one place in rising order, the second after a comma", () => {
    const a = { fragment: "a--dit", fileStart: 0, fileEnd: 7 };
    const b = { fragment: "b--dit", fileStart: 0, fileEnd: 3 };
    const html =
      '<p><mark data-quote="a--dit" id="a--dit" data-note="1"><mark data-quote="b--dit" id="b--dit" data-note="2" data-note-after="">Un </mark></mark><mark data-quote="a--dit">deux</mark> trois.</p>';
    expect(render("Un deux trois.", 0, [a, b]).html).toBe(html);
    expect(render("Un deux trois.", 0, [b, a]).html).toBe(html);
  });

  it("gives two quotes of the very same words one passage: one number, each its own id, whichever comes first", () => {
    const a = { fragment: "a--dit", fileStart: 0, fileEnd: 7 };
    const b = { fragment: "b--dit", fileStart: 0, fileEnd: 7 };
    const html =
      '<p><mark data-quote="a--dit" id="a--dit" data-note="1"><mark data-quote="b--dit" id="b--dit">Un deux</mark></mark> trois.</p>';
    for (const ranges of [
      [a, b],
      [b, a],
    ]) {
      const { html: shown, first } = render("Un deux trois.", 0, ranges);
      expect(shown).toBe(html);
      expect([...first]).toEqual([
        ["a--dit", { block: 0, number: 1 }],
        ["b--dit", { block: 0, number: 1 }],
      ]);
    }
  });

  it("numbers a passage after one of the same words as the next one", () => {
    const body = "Un deux trois quatre.";
    const { first } = render(body, 0, [
      { fragment: "a--x", fileStart: 0, fileEnd: 7 },
      { fragment: "b--x", fileStart: 0, fileEnd: 7 },
      { fragment: "a--y", fileStart: 8, fileEnd: 13 },
    ]);
    expect([...first].map(([fragment, { number }]) => `${fragment} ${number}`)).toEqual([
      "a--x 1",
      "b--x 1",
      "a--y 2",
    ]);
  });

  it("leaves a tree without ranges as it was", () => {
    expect(render("Texte.", 0, []).html).toBe("<p>Texte.</p>");
  });
});
