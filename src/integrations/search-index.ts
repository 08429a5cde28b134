/**
 * The site's Pagefind index, through Pagefind's Node API, written into
 * `<site>/pagefind/`. The pages decide what is indexed: `data-pagefind-body`
 * on claims and sources, filters and metadata beside them. Pages are added
 * either as Astro renders them (`npm run build`: see search-feed.ts) or from
 * the built site's folder afterwards (`astro build`, the bench).
 */
import { readdirSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";

/** The pages indexed: a claim's or a source's own page (`claims/<id>/index.html`, `sources/<id>/index.html`). */
const INDEXED_FOLDERS = ["claims", "sources"] as const;

/**
 * How many fragment files (what a search result shows, one per page by
 * default) Pagefind may write: above 5 000 pages, two pages share a file.
 * Creating files is most of what writing the index costs, and a host counts
 * them (Cloudflare Pages takes 20 000 or 100 000); a result then fetches its
 * neighbour's fragment too, about 1 KB.
 */
export function fragmentFiles(pages: number): number {
  return Math.max(5000, Math.ceil(pages / 2));
}

/** A Pagefind index being filled: add pages, then write it once. */
export class SearchIndex {
  private readonly index: pagefind.PagefindIndex;

  private constructor(index: pagefind.PagefindIndex) {
    this.index = index;
  }

  /** Starts Pagefind's indexer for a site of about `pages` indexed pages. */
  static async open(pages: number): Promise<SearchIndex> {
    const { index, errors } = await pagefind.createIndex({ maxFragments: fragmentFiles(pages) });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    return new SearchIndex(index);
  }

  /** Adds one page: its path in the built site (`claims/<id>/index.html`) and its HTML. */
  async addPage(sourcePath: string, content: string): Promise<void> {
    const added = await this.index.addHTMLFile({ sourcePath, content });
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join("; ")}`);
  }

  /** Adds the claim and source pages of the built site `site`, read from its folder. */
  async addSite(site: string): Promise<void> {
    // Only claim and source pages carry data-pagefind-body: the listing pages,
    // which list thousands of claims, need not even be read.
    const added = await this.index.addDirectory({
      path: site,
      glob: `{${INDEXED_FOLDERS.join(",")}}/**/*.html`,
    });
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
  }

  /** Writes the index into `<site>/pagefind/`; returns how many pages it holds. */
  async write(site: string): Promise<number> {
    const written = await this.index.writeFiles({ outputPath: join(site, "pagefind") });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    const entry = JSON.parse(
      await readFile(join(site, "pagefind", "pagefind-entry.json"), "utf8"),
    ) as { languages: Record<string, { page_count: number }> };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  }

  /** Stops Pagefind's indexer. */
  async close(): Promise<void> {
    await pagefind.close();
  }
}

/** Indexes the built site `site` from its folder and returns how many pages went into the index. */
export async function indexSite(site: string): Promise<number> {
  const index = await SearchIndex.open(countIndexable(site));
  try {
    await index.addSite(site);
    return await index.write(site);
  } finally {
    await index.close();
  }
}

/** About how many pages of `site` are indexed: the folders under claims/ and sources/. */
function countIndexable(site: string): number {
  let pages = 0;
  for (const folder of INDEXED_FOLDERS) {
    try {
      pages += readdirSync(join(site, folder)).length;
    } catch {
      // A site without claims or sources yet.
    }
  }
  return pages;
}
