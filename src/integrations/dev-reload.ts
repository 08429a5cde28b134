/**
 * `astro dev`'s loop: the content folder is watched (content-watch.ts), each
 * change is applied to the registry, and the pages are made again from the new
 * views as soon as it is. Pages get their views as `getStaticPaths()` props,
 * which the dev server keeps (its route cache) until Astro says the content
 * changed; Astro says so only after writing its content store to disk, half a
 * second after the last change to the store (its debounce), and only when an
 * entry's digest changed, which a source's text or a claim's reasoning does not
 * change. So the registry says it itself, with the event Astro's own content
 * store sends: the server-side environments clear their route cache and the
 * browser reloads.
 */
import { watchContent } from "./content-watch.ts";
import { applyChange, onApplied } from "./registry.ts";

/** The event on which Astro's dev server clears its route cache (astro/dist/content). */
export const CONTENT_CHANGED = "astro:content-changed";

/** What a Vite environment's hot channel takes: a custom event, or a reload of the page. */
interface HotChannel {
  send(payload: { type: "full-reload"; path: string }): void;
  send(event: string, data: Record<string, never>): void;
}

/** As much of Vite's dev server as the loop uses. */
export interface DevServer {
  environments: Record<string, { hot: HotChannel }>;
  /** Null in the servers `astro build` and `astro sync` start for themselves, which watch nothing. */
  httpServer?: { once(event: "close", listener: () => void): unknown } | null;
}

/** Makes every page of `server` again from the views: its route cache, then the browser's page. */
export function reloadPages(server: DevServer): void {
  for (const [name, environment] of Object.entries(server.environments)) {
    if (name === "client") environment.hot.send({ type: "full-reload", path: "*" });
    else environment.hot.send(CONTENT_CHANGED, {});
  }
}

/**
 * Watches `content` for `server`, applies each change to the registry and
 * reloads the pages after each that changed the views, until the server closes.
 */
export function devLoop(server: DevServer, content: string): void {
  if (!server.httpServer) return;
  const stopReloading = onApplied("dev-server", (change) => {
    if (change.kind !== "errors") reloadPages(server);
  });
  const stopWatching = watchContent(content, (path) => {
    // What went wrong is said by the loader, which listens too (loader.ts).
    applyChange(path).catch(() => undefined);
  });
  server.httpServer.once("close", () => {
    stopWatching();
    stopReloading();
  });
}
