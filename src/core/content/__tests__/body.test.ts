import { describe, expect, it } from "vitest";
import { checkBody } from "../body.ts";
import { opened } from "./open.ts";

describe("checkBody", () => {
  it("refuses raw HTML and a javascript: link, at their line and column in the file", () => {
    const file = opened("---\ntitle: T\n---\nUn <b>gras</b> et [lien](javascript:alert(1)).\n");
    expect(checkBody(file, false).diagnostics).toEqual([
      {
        file: "c.md",
        line: 4,
        column: 4,
        severity: "error",
        rule: "raw-html",
        reason:
          "The HTML tag <b> is not allowed. The site shows Markdown only. Remove it, or to show it as text, put it in `backticks` or write \\< for <.",
      },
      {
        file: "c.md",
        line: 4,
        column: 19,
        severity: "error",
        rule: "unsafe-url",
        reason:
          'The link\'s address "javascript:alert(1)" is a javascript: address. Links and images may lead only to http, https or mailto addresses, or to a page of the site.',
      },
    ]);
  });

  it("parses a plain body only when asked: a claim's reasoning without markup is not parsed", () => {
    const file = opened("---\na: 1\n---\nSimple texte.\n");
    expect(checkBody(file, false)).toEqual({ tree: undefined, diagnostics: [] });
    expect(checkBody(file, true).tree?.type).toBe("root");
  });

  it("refuses a body beyond the Markdown limits without parsing it", () => {
    const file = opened(`---\na: 1\n---\n${"> ".repeat(8)}x\n`);
    const checked = checkBody(file, true);
    expect(checked.tree).toBeUndefined();
    expect(checked.diagnostics).toMatchObject([{ line: 4, column: 1, rule: "markdown-limit" }]);
  });
});
