import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadPages } from "../../content/own-pages.ts";
import { pageViews } from "../own-page-views.ts";

const dir = mkdtempSync(join(tmpdir(), "citable-pages-"));
mkdirSync(join(dir, "pages"));
const write = (name: string, front: string, body: string) =>
  writeFileSync(join(dir, "pages", name), `---\n${front}\n---\n${body}\n`);
write(
  "funding.md",
  "title: Financement\ndescription: Qui nous finance.\norder: 4",
  "Aucun financeur.",
);
write(
  "about.md",
  "title: Qui sommes-nous\ndescription: La rédaction.\norder: 1",
  "Nous vérifions : tout.",
);
write("zz.md", "title: Annexe\ndescription: Le reste.", "Voir [la méthode](../methodology/).");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const { pages } = loadPages(dir, (path) => path);

describe("pageViews", () => {
  it("orders the pages by their order, then those without one by title", () => {
    expect(pageViews(pages, "fr").map((page) => page.id)).toEqual(["about", "funding", "zz"]);
  });

  it("renders the Markdown, with French spacing on a French site only", () => {
    expect(pageViews(pages, "fr")[0]?.html).toBe("<p>Nous vérifions\u202f: tout.</p>");
    expect(pageViews(pages, "en")[0]?.html).toBe("<p>Nous vérifions : tout.</p>");
    expect(pageViews(pages, "fr")[2]?.html).toBe(
      '<p>Voir <a href="../methodology/">la méthode</a>.</p>',
    );
  });
});
