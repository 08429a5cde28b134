// @ts-check
import { availableParallelism } from "node:os";
import { defineConfig } from "astro/config";
import { citable } from "./src/integrations/citable.ts";

export default defineConfig({
  trailingSlash: "always",
  // Eight pages in flight per thread: while a page is written (mkdir and write, in libuv's
  // threads) the next ones render. At 10 000 claims the pages took 9.5 s instead of 13.5 s
  // on one thread (measured, alternating).
  build: { format: "directory", inlineStylesheets: "never", concurrency: 8 },
  // Lossless: only the templates' indentation goes, never a space readers see
  // around marks and links ('jsx' would strip those); the Markdown's HTML is untouched.
  compressHTML: true,
  // The pages render on every core: a worker per core (Astro's default leaves one to the main
  // thread, which on two cores would render on one). Pages get their data as props
  // (src/lib/site.ts), so no worker loads the content again.
  // Astro's log without a line per page: a count of the pages written, every few seconds
  // (src/integrations/build-log.ts).
  logger: { entrypoint: "./src/integrations/build-log.ts" },
  experimental: { parallelPrerender: { workers: Math.max(1, availableParallelism()) } },
  // The site's own choices (docs/configuration.md): the content folder, and `shareCards`
  // ("claim", "verdict" or "off") to override site.yaml's. The address and base path come
  // from content/site.yaml, or SITE_URL and BASE_PATH when deploying.
  integrations: [citable({ content: "content" })],
});
