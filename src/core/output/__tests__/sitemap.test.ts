import { describe, expect, it } from "vitest";
import { sitemapFiles } from "../sitemap.ts";

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

describe("sitemapFiles", () => {
  it("writes an index and one sitemap of the pages, sorted", () => {
    const files = sitemapFiles(
      ["https://example.org/verif/claims/b/", "https://example.org/verif/"],
      "https://example.org/verif/",
    );
    expect(files).toEqual([
      {
        path: "sitemap-index.xml",
        text: `${HEAD}<sitemapindex ${NS}><sitemap><loc>https://example.org/verif/sitemap-0.xml</loc></sitemap></sitemapindex>\n`,
      },
      {
        path: "sitemap-0.xml",
        text: `${HEAD}<urlset ${NS}><url><loc>https://example.org/verif/</loc></url><url><loc>https://example.org/verif/claims/b/</loc></url></urlset>\n`,
      },
    ]);
  });

  it("starts a new sitemap after each `limit` addresses", () => {
    const urls = ["a", "b", "c", "d", "e"].map((id) => `https://example.org/claims/${id}/`);
    const files = sitemapFiles(urls, "https://example.org/", 2);
    expect(files.map((file) => file.path)).toEqual([
      "sitemap-index.xml",
      "sitemap-0.xml",
      "sitemap-1.xml",
      "sitemap-2.xml",
    ]);
    expect(files[3]?.text).toContain("<loc>https://example.org/claims/e/</loc></url></urlset>");
  });

  it("escapes what XML does not take as it is", () => {
    const [, map] = sitemapFiles(["https://example.org/?a=1&b='2'"], "https://example.org/");
    expect(map?.text).toContain("<loc>https://example.org/?a=1&#38;b=&#39;2&#39;</loc>");
  });
});
