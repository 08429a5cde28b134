// @ts-check
// The benchmark's baseline: a plain Astro site over the same content folder as Citable
// (CITABLE_CONTENT), with Astro's glob loader and Markdown rendering and no verification.
// `npm run bench` builds it with `astro build --root bench/baseline --outDir <dir>`.
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";

// Caches outside src/; the benchmark gives each measured build an empty one, so that every
// build is cold (a kept data store lets the glob loader skip unchanged entries).
const cache =
  process.env.CITABLE_BENCH_CACHE ??
  fileURLToPath(new URL("../../node_modules/.astro/bench-baseline/", import.meta.url));

export default defineConfig({
  site: "https://example.org",
  trailingSlash: "always",
  build: { format: "directory" },
  cacheDir: cache,
  vite: { cacheDir: `${cache}/vite` },
});
