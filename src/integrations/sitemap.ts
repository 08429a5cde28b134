/**
 * The sitemap, written when Astro has built the pages: every HTML page but
 * the 404, under the site's address and base path (src/core/output/sitemap.ts).
 */
import { writeFileSync } from "node:fs";
import type { AstroIntegration } from "astro";
import { sitemapFiles } from "../core/output/sitemap.ts";

/** The Astro integration that writes `sitemap-index.xml` and its sitemaps. */
export function citableSitemap(): AstroIntegration {
  let root = "";
  return {
    name: "citable-sitemap",
    hooks: {
      "astro:config:done": ({ config }) => {
        const base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        root = new URL(base, config.site ?? "https://example.org").href;
      },
      "astro:build:done": ({ dir, pages }) => {
        const urls = pages
          .map(({ pathname }) => pathname.replace(/^\//, ""))
          .filter((path) => (path === "" || path.endsWith("/")) && !/^(404|500)\/?$/.test(path))
          .map((path) => `${root}${path}`);
        for (const file of sitemapFiles(urls, root))
          writeFileSync(new URL(file.path, dir), file.text);
      },
    },
  };
}
