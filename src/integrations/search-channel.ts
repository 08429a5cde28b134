/**
 * What passes between `astro build` and `npm run build` when the pages go to
 * the search index as Astro renders them (search-feed.ts sends, src/cli/astro-process.ts
 * receives): kept apart from the middleware, which only Astro can load.
 */

/** The environment variable that asks `astro build` to send its pages to its parent process. */
export const SEARCH_FEED = "CITABLE_SEARCH_FEED";

/** What the Astro process sends its parent. */
export type FeedMessage =
  /** Sent once, before the first page: about how many pages will be indexed. */
  | { kind: "site"; pages: number }
  /** A page Pagefind may index: its path in the built site and its HTML. */
  | { kind: "page"; sourcePath: string; html: string }
  /** Sent last, by src/cli/astro-build.ts when Astro has ended: every page has been sent. */
  | { kind: "done" };

/**
 * The file Astro writes for the page at `pathname` (trailing slash, directory
 * format), relative to the built site: the base path is not a folder of it.
 */
export function sourcePath(pathname: string, base: string): string {
  const prefix = base.replace(/\/+$/, "");
  const decoded = decodeURI(pathname);
  const path = decoded.startsWith(`${prefix}/`) ? decoded.slice(prefix.length + 1) : decoded;
  const folder = path.replace(/^\/+/, "");
  return folder === "" || folder.endsWith("/") ? `${folder}index.html` : `${folder}/index.html`;
}
