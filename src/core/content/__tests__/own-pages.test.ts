import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadPages, RESERVED_PAGE_IDS } from "../own-pages.ts";

const folders: string[] = [];
/** A content folder whose pages/ holds `files`. */
const content = (files: Record<string, string>) => {
  const dir = mkdtempSync(join(tmpdir(), "citable-pages-"));
  folders.push(dir);
  mkdirSync(join(dir, "pages"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "pages", name), text);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const page = (title: string, body: string) =>
  `---\ntitle: ${title}\ndescription: ${title}.\n---\n${body}\n`;

describe("loadPages", () => {
  it("loads each page with its id, front matter and Markdown", () => {
    const dir = content({ "about.md": page("Qui sommes-nous", "Une rédaction.") });
    const { pages, diagnostics } = loadPages(dir, (path) => path.slice(dir.length + 1));
    expect(diagnostics).toEqual([]);
    expect(pages.map((p) => [p.id, p.data.title])).toEqual([["about", "Qui sommes-nous"]]);
  });

  it("refuses a page whose address the site already uses, and raw HTML in a page", () => {
    const dir = content({ "search.md": page("S", "<script>x</script>") });
    const { pages, diagnostics } = loadPages(dir, (path) => path.slice(dir.length + 1));
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
      "pages/search.md:1 reserved-page",
      "pages/search.md:5 raw-html",
    ]);
    expect(diagnostics[0]?.reason).toBe(
      'The page "search" would be served at /search/, where the site already has its own pages. Rename the file, for instance to "search-page.md".',
    );
    expect(pages).toEqual([]);
  });

  it("names a missing field on its line", () => {
    const dir = content({ "funding.md": "---\ntitle: Financement\n---\nTexte.\n" });
    const { diagnostics } = loadPages(dir, (path) => path.slice(dir.length + 1));
    expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
      "pages/funding.md:2 missing-field",
    ]);
  });

  it("gives a site without a pages folder no page and no problem", () => {
    const dir = mkdtempSync(join(tmpdir(), "citable-pages-"));
    folders.push(dir);
    expect(loadPages(dir, (path) => path)).toEqual({ pages: [], diagnostics: [] });
  });

  it.each(["captures", "export", "cards", "page"])(
    "refuses a page named %s, an address the site already uses",
    (id) => {
      const dir = content({ [`${id}.md`]: page("P", "Texte.") });
      const { diagnostics } = loadPages(dir, (path) => path.slice(dir.length + 1));
      expect(diagnostics.map((d) => `${d.file}:${d.line} ${d.rule}`)).toEqual([
        `pages/${id}.md:1 reserved-page`,
      ]);
    },
  );

  it("reserves every top-level route of the site", () => {
    const routes = readdirSync(new URL("../../../pages/", import.meta.url), { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith("__"))
      // [page].astro and [...page].astro serve /<page>/ and /page/<n>/: their name is "page".
      .map((entry) =>
        entry.name.replace(/\.(astro|ts)$/, "").replace(/^\[(?:\.\.\.)?(\w+)\]$/, "$1"),
      )
      .filter((name) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(name))
      // methodology.astro shows content/pages/methodology.md: that page id is meant. The
      // corrections/ folder holds only the log, under the policy page at /corrections/.
      .filter((name) => name !== "methodology" && name !== "corrections");
    expect(routes.filter((name) => !RESERVED_PAGE_IDS.has(name))).toEqual([]);
  });

  it("lets the corrections policy live at /corrections/, above the log's folder", () => {
    expect(RESERVED_PAGE_IDS.has("corrections")).toBe(false);
    const folder = new URL("../../../pages/corrections/", import.meta.url);
    expect(readdirSync(folder).filter((name) => !name.startsWith("__"))).toEqual(["log.astro"]);
  });
});
