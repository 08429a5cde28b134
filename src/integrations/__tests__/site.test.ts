/**
 * The example site as `npm run build` writes it, at a domain root and under a
 * sub-path: what a reader, a crawler and a feed reader find in the built files.
 * Each variant is built once per test run, by global-setup.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type BuiltSite, openSite, variants } from "../../../test/support/built-site.ts";
import {
  attribute,
  coveredRuns,
  type Element,
  elements,
  first,
  idCounts,
  type Node,
  textContent,
} from "../../../test/support/html.ts";
import { quoteParts } from "../../core/quote/locate.ts";
import { normalizeText } from "../../core/quote/text.ts";

/**
 * The address of every page in the Pagefind index of the site at `dir`: one
 * fragment per page, or several in one file when fragments are bundled.
 */
function searchedUrls(dir: string): string[] {
  const folder = join(dir, "pagefind", "fragment");
  return readdirSync(folder).flatMap((name) => {
    const json = gunzipSync(readFileSync(join(folder, name))).toString("utf8");
    const parsed = JSON.parse(json.replace(/^pagefind_dcd/, "")) as
      | { url: string }
      | Record<string, { url: string }>;
    return typeof parsed.url === "string"
      ? [parsed.url]
      : Object.values(parsed as Record<string, { url: string }>).map((fragment) => fragment.url);
  });
}

/** A citation's link on its claim page, and what it leads to on the source page. */
interface Citation {
  /** `<claim-id>#<citation-id>`. */
  citation: string;
  href: string;
  page: string;
  marks?: { withId: string[]; quote: string | undefined; firstHasId: boolean };
  /** The marked text, normalised; expected: the quote's parts, normalised, joined by spaces. */
  text?: string;
}

// The attributes by which a page loads or links to another file.
const LINKS: Record<string, string> = { a: "href", link: "href", script: "src", img: "src" };

describe.each(variants)("the example site built $name", (deployment) => {
  let site: BuiltSite;
  beforeAll(() => {
    site = openSite(deployment, inject("sites")[deployment.key]);
  });

  const claimPages = () => site.files.filter((file) => /^claims\/[^/]+\/index\.html$/.test(file));
  const htmlPages = () => site.files.filter((file) => file.endsWith(".html"));

  it("writes a page for every claim of claims.json, and no other claim page", () => {
    expect(claimPages()).toEqual(
      site.export.claims.map((claim) => `claims/${claim.id}/index.html`).sort(),
    );
  });

  it("writes the home page, the search page, its Pagefind index and the 404 page", () => {
    const expected = [
      "index.html",
      "search/index.html",
      "pagefind/pagefind-entry.json",
      "404.html",
    ];
    expect(expected.filter((file) => !site.files.includes(file))).toEqual([]);
  });

  it("indexes every claim page and every source page for the search, once each, at its address", () => {
    const own = /^(claims|sources)\/(?!page\/)[^/]+\/index\.html$/;
    const expected = site.files
      .filter((file) => own.test(file))
      .map((file) => `/${file.replace(/index\.html$/, "")}`);
    expect(expected.length).toBeGreaterThan(site.export.claims.length);
    expect(searchedUrls(site.dir).sort()).toEqual(expected.sort());
  });

  it("links each citation to its source page, where marks hold the quote's exact text", () => {
    const found: Citation[] = [];
    const expected: Citation[] = [];
    for (const claim of site.export.claims) {
      const links = elements(
        site.written(`claims/${claim.id}/index.html`),
        (element) => element.name === "a" && attribute(element, "data-citation") !== undefined,
      );
      for (const link of links) {
        const href = attribute(link, "href") ?? "";
        const [path = "", hash = ""] = href.split("#");
        found.push({
          citation: `${claim.id}#${attribute(link, "data-citation")}`,
          href,
          ...passage(path, decodeURIComponent(hash)),
        });
      }
      for (const citation of claim.citations) {
        const fragment = decodeURIComponent(new URL(citation.passage).hash.slice(1));
        const path = `${site.base}sources/${citation.source.id}/`;
        expected.push({
          citation: `${claim.id}#${citation.id}`,
          href: `${path}#${fragment}`,
          page: `${site.site}${path}`,
          marks: { withId: ["mark"], quote: fragment, firstHasId: true },
          text: quoteParts(citation.quote).join(" "),
        });
      }
    }
    const byCitation = (a: Citation, b: Citation) => a.citation.localeCompare(b.citation);
    expect(found.sort(byCitation)).toEqual(expected.sort(byCitation));
  });

  /** What a citation's link leads to: the source page and the marks of its fragment. */
  function passage(path: string, fragment: string): Omit<Citation, "citation" | "href"> {
    const file = fileOf(site, path);
    const source = file === undefined ? undefined : site.page(file);
    if (!source) return { page: `no file for ${path}` };
    const marks = elements(source, (element) => attribute(element, "data-quote") === fragment);
    const withId = elements(source, (element) => attribute(element, "id") === fragment);
    return {
      page: site.urlOf(file ?? ""),
      marks: {
        withId: withId.map((element) => element.name),
        quote: withId[0] && attribute(withId[0], "data-quote"),
        firstHasId: marks[0] !== undefined && marks[0] === withId[0],
      },
      text: normalizeText(
        coveredRuns(
          source,
          (element) => element.name === "mark" && attribute(element, "data-quote") === fragment,
        ).join(" "),
      ),
    };
  }

  it("resolves every internal link and script to a file of the build, under the base path", () => {
    const broken: string[] = [];
    for (const file of htmlPages()) {
      const from = site.urlOf(file);
      for (const element of elements(site.written(file), (element) => element.name in LINKS)) {
        const name = LINKS[element.name] ?? "";
        const value = attribute(element, name);
        if (value === undefined || /^(mailto|tel|data|javascript):/i.test(value)) continue;
        const url = new URL(value, from);
        if (url.origin !== new URL(site.site).origin) continue;
        const problem = linkProblem(value, url);
        if (problem) broken.push(`${file}: <${element.name} ${name}="${value}"> ${problem}`);
      }
    }
    expect(broken).toEqual([]);
  });

  function linkProblem(value: string, url: URL): string | undefined {
    if (!value.startsWith("#") && !url.pathname.startsWith(site.base))
      return `is outside the base path ${site.base}`;
    const target = fileOf(site, url.pathname);
    if (target === undefined || !site.files.includes(target))
      return "leads to no file of the build";
    const id = decodeURIComponent(url.hash.slice(1));
    if (id === "" || !target.endsWith(".html")) return undefined;
    return idCounts(site.written(target)).has(id) ? undefined : `names no element of ${target}`;
  }

  it("links only by absolute paths from the 404 page, which is served at any address", () => {
    const relative = elements(site.written("404.html"), (element) => element.name in LINKS)
      .map((element) => attribute(element, LINKS[element.name] ?? "") ?? "")
      .filter((value) => value !== "" && !/^(#|\/|https?:)/.test(value));
    expect(relative).toEqual([]);
  });

  it("gives the feed's items and the sitemap's URLs under the site's address and base path", () => {
    const prefix = `${site.site}${site.base}`;
    const xml = new XMLParser({ isArray: (name) => ["item", "url", "sitemap"].includes(name) });
    const feed = xml.parse(site.read("rss.xml")) as {
      rss: { channel: { link: string; item: Array<{ link: string }> } };
    };
    const index = xml.parse(site.read("sitemap-index.xml")) as {
      sitemapindex: { sitemap: Array<{ loc: string }> };
    };
    const sitemaps = index.sitemapindex.sitemap.map(({ loc }) => loc);
    const pages = sitemaps.flatMap((loc) => {
      const file = fileOf(site, new URL(loc).pathname);
      if (!file || !site.files.includes(file)) return [];
      const map = xml.parse(site.read(file)) as { urlset: { url: Array<{ loc: string }> } };
      return map.urlset.url.map((url) => url.loc);
    });
    const items = feed.rss.channel.item.map((item) => item.link);
    const outside = [feed.rss.channel.link, ...items, ...sitemaps, ...pages].filter(
      (url) =>
        !url.startsWith(prefix) || !site.files.includes(fileOf(site, new URL(url).pathname) ?? ""),
    );
    expect(outside).toEqual([]);
    const claimUrls = site.export.claims.map((claim) => `${prefix}claims/${claim.id}/`).sort();
    expect([...items].sort()).toEqual(claimUrls);
    expect(pages.filter((url) => url.startsWith(`${prefix}claims/`)).sort()).toEqual(claimUrls);
  });

  it("gives every claim page one ClaimReview that Google's fact-check markup accepts", () => {
    const found = site.export.claims.map((claim) => claimReviewOf(claim.id));
    const expected = site.export.claims.map((claim) => {
      const url = `${site.site}${site.base}claims/${claim.id}/`;
      return {
        claim: claim.id,
        scripts: 1,
        canonical: url,
        badge: { key: claim.verdict.key, text: claim.verdict.label },
        review: {
          context: "https://schema.org",
          type: "ClaimReview",
          claimReviewed: claim.claim,
          url,
          datePublished: claim.published,
          authorName: true,
          alternateName: claim.verdict.label,
          itemReviewed: "Claim",
        },
      };
    });
    expect(found).toEqual(expected);
  });

  function claimReviewOf(id: string) {
    const doc = site.written(`claims/${id}/index.html`);
    const scripts = elements(
      doc,
      (element) =>
        element.name === "script" && attribute(element, "type") === "application/ld+json",
    );
    const badge = elements(
      first(doc, "main") ?? doc,
      (element) => "data-verdict" in element.attributes,
    )[0];
    const review = JSON.parse(scripts[0] ? textContent(scripts[0]) : "null") as {
      "@context"?: unknown;
      "@type"?: unknown;
      claimReviewed?: unknown;
      url?: unknown;
      datePublished?: unknown;
      author?: { name?: unknown };
      reviewRating?: { alternateName?: unknown };
      itemReviewed?: { "@type"?: unknown };
    } | null;
    const name = review?.author?.name;
    return {
      claim: id,
      scripts: scripts.length,
      canonical: canonicalOf(doc),
      badge: badge && {
        key: attribute(badge, "data-verdict"),
        text: textContent(badge).trim(),
      },
      review: review && {
        context: review["@context"],
        type: review["@type"],
        claimReviewed: review.claimReviewed,
        url: review.url,
        datePublished: review.datePublished,
        authorName: typeof name === "string" && name.trim() !== "",
        alternateName: review.reviewRating?.alternateName,
        itemReviewed: review.itemReviewed?.["@type"],
      },
    };
  }

  it("gives every page a title, a description, its canonical URL and Open Graph tags, and the 404 page no address", () => {
    const found = htmlPages().map((file) => metadataOf(file, site.written(file)));
    const expected = htmlPages().map((file) => ({
      file,
      title: true,
      description: true,
      // The 404 page is served at any missing address: it declares none.
      canonical: file === "404.html" ? "0 canonical links" : site.urlOf(file),
      ogTitle: true,
      ogUrl: file === "404.html" ? undefined : site.urlOf(file),
    }));
    expect(found).toEqual(expected);
  });

  it('writes real plurals: no page says "vérification(s)" or "result(s)"', () => {
    const found = htmlPages().flatMap((file) =>
      [...textContent(site.written(file)).matchAll(/\p{L}+\((?:s|e|es)\)/gu)].map(
        (match) => `${file}: ${match[0]}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it("speaks the site's language in its interface", () => {
    const home = site.written("index.html");
    const html = elements(home, (element) => element.name === "html")[0];
    const nav = elements(home, (element) => element.name === "nav")[0];
    expect(html && attribute(html, "lang")).toBe(deployment.lang);
    expect(nav && attribute(nav, "aria-label")).toBe(
      deployment.lang === "fr" ? "Navigation principale" : "Main navigation",
    );
  });

  it("keeps every claim page under 30 KB, with no script file but the share row's, deferred", () => {
    // The share row's script only adds its buttons: the page reads without it (share-row.test.ts).
    const shareRow = `${site.base}scripts/share.js`;
    const heavy = claimPages().flatMap((file) => {
      const bytes = Buffer.byteLength(site.read(file));
      const scripts = elements(
        site.written(file),
        (element) =>
          element.name === "script" &&
          "src" in element.attributes &&
          !(attribute(element, "src") === shareRow && "defer" in element.attributes),
      );
      return [
        ...(bytes < 30 * 1024 ? [] : [`${file} weighs ${bytes} bytes`]),
        ...scripts.map((script) => `${file} loads ${attribute(script, "src")}`),
      ];
    });
    expect(heavy).toEqual([]);
  });
});

/** The file of the build that serves `path` (an absolute path), or undefined outside the base path. */
function fileOf(site: BuiltSite, path: string): string | undefined {
  if (!path.startsWith(site.base)) return undefined;
  const file = decodeURIComponent(path.slice(site.base.length));
  return file === "" || file.endsWith("/") ? `${file}index.html` : file;
}

function canonicalOf(doc: Node): string | undefined {
  const link = elements(
    doc,
    (element) => element.name === "link" && attribute(element, "rel") === "canonical",
  );
  return link.length === 1 && link[0]
    ? attribute(link[0], "href")
    : `${link.length} canonical links`;
}

function metadataOf(file: string, doc: Node) {
  const meta = (key: "name" | "property", value: string): string | undefined => {
    const found = elements(
      doc,
      (element: Element) => element.name === "meta" && attribute(element, key) === value,
    );
    return found.length === 1 && found[0] ? attribute(found[0], "content") : undefined;
  };
  const titles = elements(doc, (element) => element.name === "title");
  const filled = (text: string | undefined) => text !== undefined && text.trim() !== "";
  return {
    file,
    title: titles.length === 1 && titles[0] !== undefined && filled(textContent(titles[0])),
    description: filled(meta("name", "description")),
    canonical: canonicalOf(doc),
    ogTitle: filled(meta("property", "og:title")),
    ogUrl: meta("property", "og:url"),
  };
}
