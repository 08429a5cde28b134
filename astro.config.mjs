// @ts-check
import { defineConfig } from "astro/config";
import { citable } from "./src/integrations/citable.ts";
import { deployment } from "./src/integrations/deployment.ts";
import { citableSitemap } from "./src/integrations/sitemap.ts";

const { site, base } = deployment();

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  // Lossless: only the templates' indentation goes, never a space readers see
  // around marks and links ('jsx' would strip those); the Markdown's HTML is untouched.
  compressHTML: true,
  integrations: [citableSitemap(), citable()],
});
