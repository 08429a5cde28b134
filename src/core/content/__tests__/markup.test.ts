import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../markdown.ts";
import { isSafeUrl, markupProblems } from "../markup.ts";

describe("isSafeUrl", () => {
  it("accepts http, https, mailto and relative addresses only", () => {
    expect(
      ["https://a.example", "http://a.example", "mailto:a@b.example", "/page/", "#x"].map(
        isSafeUrl,
      ),
    ).toEqual([true, true, true, true, true]);
    expect(["javascript:alert(1)", "data:text/html,x", "vbscript:x"].map(isSafeUrl)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe("markupProblems", () => {
  it("finds a link whose text poses as another address, and raw HTML, at their offsets", () => {
    expect(
      markupProblems(parseMarkdown("[https://a.example](https://b.example) <i>x</i>")),
    ).toEqual([
      {
        offset: 0,
        rule: "misleading-link",
        reason:
          'The link\'s text "https://a.example" reads as an address, but the link leads to "b.example". Make the text say where the link leads, or link to the address it shows.',
      },
      {
        offset: 39,
        rule: "raw-html",
        reason:
          "The HTML tag <i> is not allowed. The site shows Markdown only. Remove it, or to show it as text, put it in `backticks` or write \\< for <.",
      },
    ]);
  });

  it("finds nothing in plain Markdown with safe links", () => {
    expect(markupProblems(parseMarkdown("Un [lien](https://a.example) et *du texte*."))).toEqual(
      [],
    );
  });
});
