/**
 * A synthetic site larger than one page of a listing (global-setup.ts builds
 * it): its listings come in pages that a reader follows to every claim, its
 * export comes in parts, and dist/ is readable by every user.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import {
  type BuiltSite,
  openSite,
  PAGED,
  pagedDeployment,
} from "../../../test/support/built-site.ts";
import { attribute, elements, type Node } from "../../../test/support/html.ts";
import { readPng } from "../../cards/__tests__/read-png.ts";
import { exportIndexSchema, exportRecordSchema } from "../../core/schema/export.ts";
import { PAGE_SIZE } from "../../core/site/paging.ts";

let site: BuiltSite;
beforeAll(() => {
  site = openSite(pagedDeployment, inject("paged"));
});

const links = (file: string, rel?: string) =>
  elements(
    site.written(file),
    (element) =>
      (element.name === "a" || element.name === "link") &&
      (rel === undefined || attribute(element, "rel") === rel),
  ).map((element) => attribute(element, "href") ?? "");
const claimLinks = (file: string) =>
  elements(
    site.written(file),
    (element) => element.name === "li" && attribute(element, "class") === "claim-item",
  )
    .flatMap((item) => elements(item, (element) => element.name === "a"))
    .map((element) => attribute(element, "href"));
/** The file served at an internal address, such as `/page/2/` → `page/2/index.html`. */
const fileAt = (href: string) => {
  const path = new URL(href, "https://example.org/").pathname.slice(1);
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
};

describe("a site of more claims than a page holds", () => {
  it("reaches every claim page from the home page by following links, and no link is broken", () => {
    const seen = new Set<string>(["index.html"]);
    const queue = ["index.html"];
    const broken: string[] = [];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      for (const href of links(file)) {
        if (!href.startsWith("/") || href.startsWith("//")) continue;
        const target = fileAt(href);
        if (!site.files.includes(target)) broken.push(`${file}: ${href}`);
        else if (target.endsWith(".html") && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    expect(broken).toEqual([]);
    const claimPages = site.files.filter((file) => /^claims\/[^/]+\/index\.html$/.test(file));
    expect(claimPages).toHaveLength(PAGED.claims);
    expect(claimPages.filter((file) => !seen.has(file))).toEqual([]);
  });

  it("lists every claim once on the home page and the pages after it, newest first", () => {
    const pages = ["index.html", "page/2/index.html", "page/3/index.html"];
    const listed = pages.map(claimLinks);
    expect(listed.map((hrefs) => hrefs.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 20]);
    const ids = listed.flat().map((href) => href?.split("/")[2]);
    expect(new Set(ids).size).toBe(PAGED.claims);
    const order = [...site.export.index]
      .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id))
      .map((claim) => claim.id);
    expect(ids).toEqual(order);
    expect(site.files).not.toContain("page/4/index.html");
  });

  it("links each page to the previous and the next, in the head and in the numbered navigation", () => {
    expect(links("index.html", "prev")).toEqual([]);
    expect(links("index.html", "next")).toEqual(["/page/2/", "/page/2/"]);
    expect(links("page/2/index.html", "prev")).toEqual(["/", "/"]);
    expect(links("page/2/index.html", "next")).toEqual(["/page/3/", "/page/3/"]);
    expect(links("page/3/index.html", "next")).toEqual([]);
    const numbered = elements(site.written("page/2/index.html"), (e) => e.name === "nav")
      .filter((nav) => attribute(nav, "class") === "pagination")
      .flatMap((nav) => elements(nav, (e) => e.name === "a"))
      .map((a) => [attribute(a, "href"), attribute(a, "aria-current") ?? ""]);
    expect(numbered).toEqual([
      ["/", ""],
      ["/", ""],
      ["/page/2/", "page"],
      ["/page/3/", ""],
      ["/page/3/", ""],
    ]);
  });

  it("cuts the list of sources into pages too", () => {
    const sources = (file: string) =>
      links(file).filter((href) => /^\/sources\/[^/]+\/$/.test(href) && href !== "/sources/page/");
    expect(sources("sources/index.html")).toHaveLength(PAGE_SIZE);
    expect(sources("sources/page/2/index.html")).toHaveLength(PAGED.sources - PAGE_SIZE);
  });

  it("holds every claim once in the parts of the export, in the index's order", () => {
    expect(site.export.claims.map((claim) => claim.id)).toEqual(
      site.export.index.map((claim) => claim.id),
    );
    expect(site.export.parts).toEqual([
      {
        url: "https://example.org/export/claims-1.ndjson.gz",
        count: PAGED.claims,
        format: "application/x-ndjson",
        encoding: "gzip",
      },
    ]);
  });

  it("writes an export that its JSON Schemas describe", () => {
    expect(exportIndexSchema.safeParse(JSON.parse(site.read("claims.json"))).error).toBeUndefined();
    const problems = site.export.claims.flatMap(
      (record) => exportRecordSchema.safeParse(record).error?.issues ?? [],
    );
    expect(problems).toEqual([]);
  });

  it("keeps the feed to the 100 latest fact-checks", () => {
    const items = site.read("rss.xml").match(/<item>/g) ?? [];
    expect(items).toHaveLength(100);
  });

  it("makes dist/ and everything in it readable by all: folders 755, files 644", () => {
    const mode = (path: string) => (statSync(join(site.dir, path)).mode & 0o777).toString(8);
    const folders = new Set(site.files.map((file) => file.replace(/\/?[^/]*$/, "")));
    expect(new Set([...folders].map(mode))).toEqual(new Set(["755"]));
    expect(new Set(site.files.map(mode))).toEqual(new Set(["644"]));
  });
});

describe("a site whose site.yaml says shareCards: verdict", () => {
  const meta = (root: Node, key: string) => {
    const [element] = elements(root, (e) => e.name === "meta" && attribute(e, "property") === key);
    return element && attribute(element, "content");
  };

  it("shows each claim's verdict card in its link preview, one 1200 × 630 PNG per verdict", () => {
    const used = new Set<string>();
    for (const claim of site.export.claims) {
      const root = site.written(`claims/${claim.id}/index.html`);
      const url = meta(root, "og:image") ?? "";
      const prefix = "https://example.org/cards/";
      expect(url.startsWith(`${prefix}verdict-${claim.verdict.key}-`), url).toBe(true);
      expect(meta(root, "og:image:alt")?.startsWith(claim.verdict.label)).toBe(true);
      used.add(url.slice(prefix.length));
    }
    // Besides the home page's card, which names no claim.
    const cards = readdirSync(join(site.dir, "cards")).filter((card) => card !== "site.png");
    expect(cards.sort()).toEqual([...used].sort());
    const verdicts = new Set(site.export.claims.map((claim) => claim.verdict.key));
    expect(cards).toHaveLength(verdicts.size);
    for (const card of [...cards, "site.png"]) {
      const png = readPng(readFileSync(join(site.dir, "cards", card)));
      expect([png.width, png.height]).toEqual([1200, 630]);
    }
  });
});
