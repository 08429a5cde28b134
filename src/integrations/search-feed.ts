/**
 * Astro middleware that hands each page to the search index as Astro renders
 * it. `npm run build` (src/cli/build.ts) runs `astro build` in a process of
 * its own with an IPC channel and SEARCH_FEED set (search-channel.ts); it keeps Pagefind's
 * indexer in its own process, which parses the pages on the second core while
 * Astro renders the next ones, and writes the index once Astro has ended and
 * returned its memory. Elsewhere (`astro dev`, `astro build`) it does nothing.
 */

import { base } from "astro:config/client";
import type { MiddlewareHandler } from "astro";
import { claims, sources } from "../lib/site.ts";
import { type FeedMessage, SEARCH_FEED, sourcePath } from "./search-channel.ts";

let started = false;

/** The middleware (Astro's `onRequest`). */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const send = process.send?.bind(process) as ((message: FeedMessage) => boolean) | undefined;
  if (!send || process.env[SEARCH_FEED] !== "1" || !context.isPrerendered) return response;
  // Pages end with a slash (trailingSlash: "always"); endpoints (claims.json, the export) do not.
  if (!context.url.pathname.endsWith("/")) return response;
  const html = await response.clone().text();
  // The pages decide what is indexed; the others need not cross the channel.
  if (!html.includes("data-pagefind-body")) return response;
  if (!started) {
    started = true;
    send({ kind: "site", pages: (await claims()).length + (await sources()).length });
  }
  send({
    kind: "page",
    sourcePath: sourcePath(context.url.pathname, base),
    html,
  });
  return response;
};
