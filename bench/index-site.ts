/**
 * `node bench/index-site.ts citable|baseline <site>`: the search-indexing step alone, as
 * each tool's whole build runs it after `astro build`, for the benchmark to measure it apart.
 */
import { resolve } from "node:path";
import { indexSite } from "../src/integrations/search-index.ts";
import { indexPlain } from "./baseline/pagefind.ts";

const [tool, site] = process.argv.slice(2);
if ((tool !== "citable" && tool !== "baseline") || !site) {
  console.error("Usage: node bench/index-site.ts citable|baseline <site>");
  process.exit(2);
}
if (tool === "citable") await indexSite(resolve(site));
else await indexPlain(resolve(site));
