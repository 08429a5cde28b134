/**
 * Every element of the WHATWG HTML standard's index of elements (plus `svg`
 * and `math`), each in the context it lives in, through the article
 * extraction: its text is either kept or dropped on purpose, and none ends
 * the import with an error.
 */
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../../core/content/markdown.ts";
import { markupProblems } from "../../core/content/markup.ts";
import { extractArticle } from "../html.ts";

/** The WHATWG index of elements, as of 2026. */
const ELEMENTS =
  "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta meter nav noscript object ol optgroup option output p picture pre progress q rp rt ruby s samp script search section select slot small source span strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track u ul var video wbr svg math".split(
    " ",
  );

/**
 * Dropped on purpose: scripts and styles, media and embeds (no text of the
 * article), forms and their controls, the page's navigation and footer, and
 * what the parser keeps out of the body (`base`, `link`, `meta`, `title`).
 */
const DROPPED = new Set(
  "area aside audio base button canvas datalist dialog embed footer form iframe img input link map menu meta nav noscript object optgroup option picture script select source style template textarea title track video svg math".split(
    " ",
  ),
);

/** Where an element must stand to be what it is; the others stand in the article's flow. */
const CONTEXT: Record<string, (element: string) => string> = {
  caption: (e) => `<table>${e}<tr><td>c</td></tr></table>`,
  col: () => "<table><colgroup><col></colgroup><tr><td>texte-col</td></tr></table>",
  colgroup: () => "<table><colgroup></colgroup><tr><td>texte-colgroup</td></tr></table>",
  tbody: () => "<table><tbody><tr><td>texte-tbody</td></tr></tbody></table>",
  thead: () => "<table><thead><tr><th>texte-thead</th></tr></thead></table>",
  tfoot: () => "<table><tfoot><tr><td>texte-tfoot</td></tr></tfoot></table>",
  tr: () => "<table><tr><td>texte-tr</td></tr></table>",
  td: (e) => `<table><tr>${e}</tr></table>`,
  th: (e) => `<table><tr>${e}</tr></table>`,
  li: (e) => `<ul>${e}</ul>`,
  dt: (e) => `<dl>${e}<dd>définition</dd></dl>`,
  dd: (e) => `<dl><dt>terme</dt>${e}</dl>`,
  option: (e) => `<select>${e}</select>`,
  optgroup: () => '<select><optgroup label="g"><option>texte-optgroup</option></optgroup></select>',
  legend: (e) => `<fieldset>${e}</fieldset>`,
  summary: (e) => `<details>${e}<p>contenu</p></details>`,
  figcaption: (e) => `<figure>${e}</figure>`,
  rt: () => "<ruby>漢<rt>texte-rt</rt></ruby>",
  rp: () => "<ruby>漢<rp>texte-rp</rp><rt>kan</rt><rp>)</rp></ruby>",
  source: () => '<video><source src="a.mp4" title="texte-source"></video>',
  track: () => '<video><track src="a.vtt" label="texte-track"></video>',
  area: () => '<map name="m"><area href="https://exemple.org/" alt="texte-area"></map>',
  br: () => "<p>avant<br>texte-br</p>",
  hr: () => "<hr><p>texte-hr</p>",
  wbr: () => "<p>texte-<wbr>wbr</p>",
  img: () => '<img alt="texte-img" src="a.png">',
  input: () => '<input value="texte-input">',
  meta: () => '<meta name="x" content="texte-meta">',
  link: () => '<link rel="x" href="texte-link">',
  base: () => '<base href="https://texte-base.example/">',
  embed: () => '<embed src="texte-embed">',
};

const PARAGRAPH =
  "<p>Le conseil municipal s’est réuni jeudi soir pour examiner le budget de la ville, en présence de nombreux habitants venus poser leurs questions aux élus du quartier.</p>";

function page(name: string): string {
  const element = `<${name}>texte-${name}</${name}>`;
  const snippet = CONTEXT[name]?.(element) ?? element;
  return `<!DOCTYPE html><html><head><title>Essai</title></head><body><article><h1>Essai</h1>${PARAGRAPH}${PARAGRAPH}${snippet}${PARAGRAPH}</article></body></html>`;
}

describe("extractArticle on every HTML element", () => {
  it.each(ELEMENTS)("keeps or drops <%s> on purpose, without an error", (name) => {
    const { markdown } = extractArticle(page(name), "https://exemple.org/article");
    // Zero-width spaces (from <wbr>) and Markdown's escapes are no part of the text.
    const text = markdown.replace(/[\u200B\\]/g, "");
    if (DROPPED.has(name)) expect(text).not.toContain(`texte-${name}`);
    else if (name === "sup") expect(text).toContain("ᵗᵉˣᵗᵉ⁻ˢᵘᵖ");
    else expect(text).toContain(`texte-${name}`);
    expect(markdown.endsWith("aux élus du quartier.")).toBe(true);
    expect(markupProblems(parseMarkdown(markdown))).toEqual([]);
  });
});
