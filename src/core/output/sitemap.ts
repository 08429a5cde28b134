/**
 * The sitemap of a built site (https://www.sitemaps.org/protocol.html):
 * `sitemap-index.xml` naming one or more `sitemap-<n>.xml` files of at most
 * 45 000 addresses each, under the protocol's limit of 50 000. The same files
 * as @astrojs/sitemap wrote, without its locale-aware sort, which took seconds
 * on tens of thousands of pages.
 */

/** Addresses per sitemap file. */
export const SITEMAP_LIMIT = 45_000;

/** A file to write, its path relative to the site's folder. */
export interface SitemapFile {
  path: string;
  text: string;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';

/**
 * The sitemap files of the pages at `urls` (absolute addresses), for a site
 * whose root is `root` (its address with the base path, ending with `/`).
 * Addresses are sorted, so that the same site always gives the same files.
 */
export function sitemapFiles(urls: readonly string[], root: string, limit = SITEMAP_LIMIT) {
  const sorted = [...urls].sort();
  const files: SitemapFile[] = [];
  for (let start = 0, n = 0; start < sorted.length || n === 0; start += limit, n++) {
    const entries = sorted
      .slice(start, start + limit)
      .map((url) => `<url><loc>${xml(url)}</loc></url>`);
    files.push({
      path: `sitemap-${n}.xml`,
      text: `${HEAD}<urlset ${NS}>${entries.join("")}</urlset>\n`,
    });
  }
  const maps = files.map((file) => `<sitemap><loc>${xml(`${root}${file.path}`)}</loc></sitemap>`);
  return [
    {
      path: "sitemap-index.xml",
      text: `${HEAD}<sitemapindex ${NS}>${maps.join("")}</sitemapindex>\n`,
    },
    ...files,
  ];
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
