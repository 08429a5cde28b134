import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadPages } from "../../core/content/own-pages.ts";
import { writePageTemplates } from "../new-pages.ts";

/** The pages of each language: the legal notice's address is in the site's language. */
const PAGES = {
  fr: ["about", "contact", "corrections", "funding", "mentions-legales", "methodology"],
  en: ["about", "contact", "corrections", "funding", "legal-notice", "methodology"],
};
const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), "citable-pages-"));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("writePageTemplates", () => {
  it.each(["fr", "en"] as const)(
    "writes the six transparency pages in %s, which the check accepts",
    (lang) => {
      const content = folder();
      writePageTemplates(content, lang);
      const { pages, diagnostics } = loadPages(content, (path) => path);
      expect(diagnostics).toEqual([]);
      expect(pages.map((page) => page.id)).toEqual(PAGES[lang]);
    },
  );

  it("writes the French pages in French and the English ones in English", () => {
    const fr = folder();
    const en = folder();
    writePageTemplates(fr, "fr");
    writePageTemplates(en, "en");
    expect(readFileSync(join(fr, "pages/corrections.md"), "utf8")).toContain(
      "title: Politique de corrections",
    );
    expect(readFileSync(join(en, "pages/corrections.md"), "utf8")).toContain(
      "title: Corrections policy",
    );
  });

  it("keeps a page the site already has", () => {
    const content = folder();
    writePageTemplates(content, "fr");
    writeFileSync(
      join(content, "pages/about.md"),
      "---\ntitle: Nous\ndescription: Nous.\n---\nNous.\n",
    );
    rmSync(join(content, "pages/contact.md"));
    const lines = writePageTemplates(content, "fr");
    expect(lines[0]).toMatch(/^Kept .*pages\/about\.md, which already exists\.$/);
    expect(lines[1]).toMatch(/^Wrote .*pages\/contact\.md\.$/);
    expect(readFileSync(join(content, "pages/about.md"), "utf8")).toContain("title: Nous");
  });
});
