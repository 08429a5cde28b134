/**
 * Indexes a built site with Pagefind's Node API and writes the index into
 * `<site>/pagefind/`. The pages decide what is indexed: `data-pagefind-body`
 * on claims and sources, filters and metadata beside them.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";

/** Indexes the HTML of `site` and returns how many pages went into the index (pages with `data-pagefind-body`). */
export async function indexSite(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    // Only claim and source pages carry data-pagefind-body: the listing pages,
    // which list thousands of claims, need not even be read.
    const added = await index.addDirectory({ path: site, glob: "{claims,sources}/**/*.html" });
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
