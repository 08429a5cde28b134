import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../content/markdown.ts";
import { renderSourceText } from "../source-text.ts";
import { body, quoted, sampleText } from "./source-text-sample.ts";

describe("renderSourceText", () => {
  it("marks the quoted passage, numbers it, and puts its note before its block", () => {
    const { html, numbers } = renderSourceText(parseMarkdown(body), sampleText("journal"));
    expect(html).toContain(
      `« <mark data-quote="exemple--dit" id="exemple--dit" data-note="1">${quoted}</mark> »`,
    );
    expect(html).toMatch(
      /^<div class="cited"><aside class="notes" data-pagefind-ignore=""><details><summary>Cité par 1 vérification<\/summary>/,
    );
    expect(html).toContain(
      '<li value="1" data-note-for="exemple--dit"><span class="notes__claim" data-cites="exemple--dit"><a href="/claims/exemple/#citation-dit">Il l’a dit</a> <span class="verdict" data-verdict="vrai">Vrai</span></span></li>',
    );
    expect(numbers).toEqual([["exemple--dit", 1]]);
  });

  it("names each fact-check quoting a passage once, the one in another language tagged with it", () => {
    const text = sampleText("journal");
    const [first] = text.notes;
    if (!first || !text.ranges[0]) throw new Error("the sample has no note");
    text.ranges.push({ ...text.ranges[0], fragment: "other--dit" });
    text.notes.push({
      ...first,
      fragment: "other--dit",
      claimId: "other",
      href: "/claims/other/#citation-dit",
      lead: "He said it",
      lang: "en",
    });
    const { html, numbers } = renderSourceText(parseMarkdown(body), text);
    expect(html).toContain("<summary>Cité par 2 vérifications</summary>");
    expect(html).toContain('data-note-for="exemple--dit other--dit"');
    expect(html).toContain(
      '<span class="notes__claim" data-cites="other--dit" lang="en"><a href="/claims/other/#citation-dit">He said it</a>',
    );
    // The very same words: one passage, one number.
    expect(numbers).toEqual([
      ["exemple--dit", 1],
      ["other--dit", 1],
    ]);
  });
});
