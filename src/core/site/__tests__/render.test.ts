import { h } from "hastscript";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../quote/passages.ts";
import { renderSource } from "../render.ts";

const render = (markdown: string) =>
  renderSource(parseMarkdown(markdown), markdown, 0, [], () => h("aside"));

describe("renderSource", () => {
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
