/**
 * Indexes a built site with Pagefind's Node API and writes the index into
 * `<site>/pagefind/`. The pages decide what is indexed: `data-pagefind-body`
 * on claims and sources, filters and metadata beside them.
 */
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";

/** The folders of the pages indexed: a claim's or a source's own page. */
const INDEXED_FOLDERS = ["claims", "sources"];

/**
 * How many fragment files (what a search result shows, one per page by
 * default) Pagefind may write: above 5 000 pages, two pages share a file.
 * Creating the files is most of what writing the index costs on a small
 * machine, and hosts count them (Cloudflare Pages takes 20 000 or 100 000); a
 * result then fetches its neighbour's fragment too, about 1 KB.
 */
export function fragmentFiles(pages: number): number {
  return Math.max(5000, Math.ceil(pages / 2));
}

/** Indexes the HTML of `site` and returns how many pages went into the index (pages with `data-pagefind-body`). */
export async function indexSite(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({
    maxFragments: fragmentFiles(countIndexable(site)),
  });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    // Only claim and source pages carry data-pagefind-body: the listing pages,
    // which list thousands of claims, need not even be read.
    const added = await index.addDirectory({
      path: site,
      glob: `{${INDEXED_FOLDERS.join(",")}}/**/*.html`,
    });
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    const entry = JSON.parse(
      await readFile(join(site, "pagefind", "pagefind-entry.json"), "utf8"),
    ) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    await pagefind.close();
  }
}

/** About how many pages of `site` are indexed: the folders under claims/ and sources/. */
function countIndexable(site: string): number {
  let pages = 0;
  for (const folder of INDEXED_FOLDERS) {
    try {
      pages += readdirSync(join(site, folder)).length;
    } catch {
      // A site without claims or sources.
    }
  }
  return pages;
}
