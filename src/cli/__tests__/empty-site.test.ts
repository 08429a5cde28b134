/**
 * A site just started with `npm run new -- site`: no fact-check, no source.
 * It builds, and what a reader sees reads well: pages that say nothing is
 * published yet, no empty list, no listing of nothing, no link to a missing
 * file, and a feed, a sitemap and an export that are valid and empty.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite } from "../../../test/support/build-site.ts";
import {
  attribute,
  elements,
  first,
  isElement,
  parseHtml,
  textContent,
} from "../../../test/support/html.ts";

const NEW = fileURLToPath(new URL("../new.ts", import.meta.url));

let folder = "";
let dist = "";

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), "citable-empty-site-"));
  const args = ["site", "--name", "Checks Test", "--lang", "en"];
  const made = spawnSync(
    process.execPath,
    [NEW, ...args, "--url", "https://checks.example.org", "--content", join(folder, "content")],
    { cwd: folder, encoding: "utf8" },
  );
  if (made.status !== 0) throw new Error(made.stderr);
  dist = join(folder, "dist");
  await buildFixtureSite({ content: join(folder, "content"), outDir: dist, searchIndex: "after" });
}, 240_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Every file the build wrote, relative to dist/. */
function files(): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dist.length + 1))
    .sort();
}

const pages = () => files().filter((file) => file.endsWith(".html"));
const page = (file: string) => parseHtml(readFileSync(join(dist, file), "utf8"));
const read = (file: string) => readFileSync(join(dist, file), "utf8");

describe("an empty site", () => {
  it("has its home page in English, saying no fact-check is published yet", () => {
    const home = page("index.html");
    const html = first(home, "html");
    expect(html && attribute(html, "lang")).toBe("en");
    const main = first(home, "main");
    expect(main && textContent(main)).toContain("No fact-check published yet.");
  });

  it("says on the search page that there is nothing to search yet, with no form", () => {
    const search = page("search/index.html");
    const main = first(search, "main");
    expect(main && textContent(main)).toContain(
      "Nothing to search yet: no fact-check is published.",
    );
    expect(main && elements(main, (element) => element.name === "form")).toEqual([]);
  });

  it("builds its own pages, methodology and search, and no listing of nothing", () => {
    expect(pages()).toEqual([
      "404.html",
      "about/index.html",
      "contact/index.html",
      "corrections/index.html",
      "funding/index.html",
      "index.html",
      "legal-notice/index.html",
      "methodology/index.html",
      "search/index.html",
    ]);
  });

  it("shows no empty list on any page", () => {
    for (const file of pages()) {
      const lists = elements(page(file), (element) => ["ul", "ol", "dl"].includes(element.name));
      const empty = lists.filter((list) => !list.children.some(isElement));
      expect(
        empty.map((list) => `${file}: <${list.name} ${JSON.stringify(list.attributes)}>`),
      ).toEqual([]);
    }
  });

  it("links only to files it wrote", () => {
    const written = new Set(files());
    const broken: string[] = [];
    for (const file of pages()) {
      const linked = elements(
        page(file),
        (element) => element.name === "a" || element.name === "link",
      )
        .map((element) => attribute(element, "href"))
        .concat(
          elements(page(file), (element) => element.name === "script").map((element) =>
            attribute(element, "src"),
          ),
        );
      for (const target of linked) {
        if (target === undefined || !target.startsWith("/")) continue;
        const path = decodeURI(target.replace(/[?#].*$/, "").slice(1));
        const expected = path === "" || path.endsWith("/") ? `${path}index.html` : path;
        if (!written.has(expected)) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("publishes a valid, empty feed, sitemap and export", () => {
    const xml = new XMLParser();
    const feed = xml.parse(read("rss.xml"));
    expect(feed.rss.channel.title).toBe("Checks Test: fact-checks");
    expect(feed.rss.channel.item).toBeUndefined();
    const locations = [xml.parse(read("sitemap-0.xml")).urlset.url].flat().map((url) => url.loc);
    const built = pages()
      .filter((file) => file !== "404.html")
      .map((file) => `https://checks.example.org/${file.replace(/index\.html$/, "")}`);
    expect(locations.sort()).toEqual(built.sort());
    const index = JSON.parse(read("claims.json"));
    expect(index.site.lang).toBe("en");
    expect(index).toMatchObject({ count: 0, parts: [], claims: [] });
    expect(existsSync(join(dist, "export"))).toBe(false);
  });

  it("leaves no dot-file in dist/", () => {
    expect(files().filter((file) => file.split("/").some((part) => part.startsWith(".")))).toEqual(
      [],
    );
  });
});
