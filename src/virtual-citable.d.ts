/** The types of Citable's virtual modules (src/integrations/virtual-modules.ts). */
declare module "virtual:citable/config" {
  /** The base path, ending with `/`. */
  export const base: string;
  /** The content folder, absolute. */
  export const content: string;
  /** The site's address (Astro's `site`), without the base path. */
  export const site: string;
  /** The settings, the rating scale and the site's own pages. */
  export function siteData(): Promise<import("./integrations/virtual-modules.ts").SiteData>;
}

declare module "virtual:citable/listings" {
  /** Every fact-check and source as listings show them. */
  export function listings(): Promise<import("./integrations/virtual-modules.ts").Listings>;
}

declare module "virtual:citable/views" {
  /** The full views, for `getStaticPaths()`. */
  export function siteViews(): Promise<import("./integrations/snapshot.ts").SiteViews>;
}
