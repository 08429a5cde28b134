/**
 * The baseline's search indexing: Pagefind's Node API with its defaults over the built site,
 * as a plain Astro site would run `pagefind --site dist`. Kept apart from Citable's own
 * indexing (src/integrations/search-index.ts), so that changing Citable never moves the baseline.
 */
import { join } from "node:path";
import * as pagefind from "pagefind";

/** Indexes the HTML of `site` into `<site>/pagefind/`. */
export async function indexPlain(site: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(added.errors.join("; "));
    const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
    if (written.errors.length > 0) throw new Error(written.errors.join("; "));
  } finally {
    await pagefind.close();
  }
}
