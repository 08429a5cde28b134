// @ts-check
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { citable } from "./src/integrations/citable.ts";
import { deployment } from "./src/integrations/deployment.ts";

const { site, base } = deployment();

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  // Keep the white space readers see around marks and links: 'jsx' would strip it.
  compressHTML: false,
  integrations: [sitemap(), citable()],
});
