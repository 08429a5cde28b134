import { h } from "hastscript";
import { describe, expect, it } from "vitest";
import { checkBody } from "../../../content/body.ts";
import { openContentFile } from "../../../content/content-file.ts";
import { parseMarkdown } from "../../../content/markdown.ts";
import { isSafeUrl } from "../../../content/markup.ts";
import { renderClaimBody, renderSource } from "../../../site/render.ts";

/** Markdown that would carry script, an event handler or a smuggled document into a page. */
const HOSTILE = [
  "<script>alert(1)</script>",
  '<iframe src="https://evil.example/"></iframe>',
  'Texte <img src=x onerror="alert(1)"> ici.',
  '<svg onload="alert(1)"><circle r="1"/></svg>',
  '<p style="position:fixed;inset:0">Plein écran</p>',
  '<a href="javascript:alert(1)">la suite</a>',
  "[la suite](javascript:alert(1))",
  "[la suite](JaVaScRiPt&#58;alert(1))",
  "[la suite](java&#9;script:alert(1))",
  "[la suite](<javascript:alert(1)>)",
  "<javascript:alert(1)>",
  "![image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  "[page](data:text/html,<script>alert(1)</script>)",
  "Voir [la note][1].\n\n[1]: javascript:alert(1)",
  "Voir ![le graphique][g].\n\n[g]: data:image/png;base64,AAAA",
  "[fichier](vbscript:msgbox(1))",
];

// What no rendered page may carry: an element that runs script, an event
// handler or style attribute, or an address that runs or embeds content (as
// visible text, `javascript:alert(1)` is harmless).
const FORBIDDEN =
  /<script|<iframe|<svg|\son\w+=|\sstyle=|(?:href|src)="\s*(?:javascript|vbscript|data):/i;

const head = "---\ntitle: t\npublisher: p\npublished: 2025-01-01\n---\n";

describe("renderClaimBody and renderSource on hostile Markdown", () => {
  it.each(HOSTILE)("renders %j without script, handler or unsafe address", (markdown) => {
    const claim = renderClaimBody(markdown, [], () => "");
    const source = renderSource(parseMarkdown(markdown), markdown, 0, [], () => h("aside"));
    expect(claim).not.toMatch(FORBIDDEN);
    expect(source).not.toMatch(FORBIDDEN);
  });

  it.each(HOSTILE)("and the check refuses %j with an error on its lines", (markdown) => {
    // The Markdown starts on line 8 of the file.
    const file = openContentFile(`${head}Un paragraphe.\n\n${markdown}\n`, "x.md");
    if ("rule" in file) throw new Error(file.reason);
    const { diagnostics } = checkBody(file, false);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of diagnostics) {
      expect(diagnostic.severity).toBe("error");
      expect(diagnostic.line).toBeGreaterThanOrEqual(8);
      expect(diagnostic.line).toBeLessThan(8 + markdown.split("\n").length);
    }
    expect(diagnostics.map((d) => d.rule)).toSatisfy((rules: string[]) =>
      rules.every((rule) => rule === "raw-html" || rule === "unsafe-url"),
    );
  });
});

describe("isSafeUrl", () => {
  it.each([
    "https://example.org/a?b#c",
    "http://example.org",
    "mailto:redaction@example.org",
    "/claims/x/",
    "../sources/journal/",
    "#citation-1",
    "//example.org/x",
    "page.html",
  ])("accepts %j", (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    " JAVASCRIPT:alert(1)",
    "\u0000javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,x",
    "vbscript:x",
    "file:///etc/passwd",
    "ftp://example.org/",
  ])("refuses %j", (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});
