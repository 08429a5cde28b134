import { h } from "hastscript";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../quote/passages.ts";
import { renderClaimBody, renderSource } from "../render.ts";

describe("renderSource", () => {
  it("marks the passages and wraps the block where they begin with its notes, the notes first", () => {
    const body = "Premier paragraphe.\n\nSecond paragraphe cité.";
    const html = renderSource(
      parseMarkdown(body),
      body,
      0,
      [{ fragment: "c--q", fileStart: 21, fileEnd: 38 }],
      (notes) => h("aside", notes.map((note) => `${note.number}:${note.fragment}`).join(" ")),
    );
    expect(html).toBe(
      '<p>Premier paragraphe.</p>\n<div class="cited"><aside>1:c--q</aside><p><mark data-quote="c--q" id="c--q" data-note="1">Second paragraphe</mark> cité.</p></div>',
    );
  });

  it("drops an unsafe address, in case unchecked content is ever rendered", () => {
    const body = "[lien](javascript:alert(1))";
    const html = renderSource(parseMarkdown(body), body, 0, [], () => h("aside"));
    expect(html).not.toContain("javascript:");
  });
});

describe("renderClaimBody", () => {
  it("numbers [@id] references in the order of the citations, and leaves unknown ones as text", () => {
    expect(renderClaimBody("Voir [@b], [@a] et [@x].", ["a", "b"], (id) => `Citation ${id}`)).toBe(
      '<p>Voir <a class="cite-ref" href="#citation-b" data-ref="b" aria-label="Citation b">[2]</a>, <a class="cite-ref" href="#citation-a" data-ref="a" aria-label="Citation a">[1]</a> et [@x].</p>',
    );
  });
});
