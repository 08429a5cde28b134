import { h } from "hastscript";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../content/markdown.ts";
import { renderClaimBody, renderSource } from "../render.ts";

const render = (markdown: string) =>
  renderSource(parseMarkdown(markdown), markdown, 0, [], () => h("aside"));

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
  it("gives a paragraph of look-alike letters its plain letters for the search index", () => {
    expect(render("Il faut 𝐩𝐫𝐨𝐩𝐨𝐬𝐞𝐫 la Légion.\n")).toBe(
      '<p data-search-text="Il faut proposer la Légion." data-pagefind-index-attrs="data-search-text">Il faut 𝐩𝐫𝐨𝐩𝐨𝐬𝐞𝐫 la Légion.</p>',
    );
  });

  it("does not copy a paragraph whose only folding is of no-break spaces", () => {
    const french = "On compte 5\u202f050 familles\u00a0: un record.\n";
    expect(render(french)).toBe(`<p>${french.trim()}</p>`);
  });

  it("copies a paragraph with both, no-break spaces folded", () => {
    expect(render("Un 𝐫𝐞𝐜𝐨𝐫𝐝\u00a0!\n")).toContain('data-search-text="Un record !"');
  });
});

describe("renderClaimBody", () => {
  it("numbers [@id] references in the order of the citations, and leaves unknown ones as text", () => {
    expect(renderClaimBody("Voir [@b], [@a] et [@x].", ["a", "b"], (id) => `Citation ${id}`)).toBe(
      '<p>Voir <a class="cite-ref" href="#citation-b" data-ref="b" aria-label="Citation b">[2]</a>, <a class="cite-ref" href="#citation-a" data-ref="a" aria-label="Citation a">[1]</a> et [@x].</p>',
    );
  });
});
