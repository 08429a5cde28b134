/**
 * Astro's log, as Citable's commands print it (astro.config.mjs's `logger`): Astro's own
 * lines on the terminal, except the line Astro writes for every page it renders. A site of
 * 10 000 fact-checks has some 11 000 pages; their lines scrolled everything else away, and
 * writing them cost the build's main thread, which also hands the pages to the rendering
 * threads and writes them, about 2 s of its time. Instead, how many are written so far,
 * every few seconds (« 4 200 routes rendered so far »), and how many in all once they are (Astro's
 * heading is « generating static routes »: a route is a page or a file such as a feed).
 */
import type { AstroLoggerDestination, AstroLoggerMessage } from "astro";
import nodeDestination, { type NodeHandlerConfig } from "astro/logger/node";
import { count } from "../core/numbers.ts";

/** How often the count of pages written is printed while pages are written. */
const EVERY_MS = 5_000;
/** A page's line: `  ├─ /claims/x/index.html`, written without its end of line. */
const PAGE = /^\s*\S*[├└]─\S*\s/u;
/** What follows it once the page is written: its time, ` (+12ms) `, `(cached)` or `(restored)`. */
const AFTER_PAGE = /^\s*\S*\((\+[\d.]+\s*m?s|cached|restored)\)/u;
/** Said after a page whose response was empty: kept, it is a problem to see. */
const NOT_CREATED = "file not created";

/** The destination: Astro's node logger, minus one line per page, plus their count. */
export default function citableLog(config?: NodeHandlerConfig): AstroLoggerDestination {
  const out = nodeDestination(config);
  let written = 0;
  let last = 0;
  const say = (message: string) =>
    out.write({ level: "info", label: "build", message, newLine: true });
  const routes = (n: number) => `${count(n)} route${n === 1 ? "" : "s"}`;
  return {
    write(event: AstroLoggerMessage) {
      if (event.label === null && PAGE.test(event.message)) {
        if (written === 0) last = Date.now();
        written++;
        return;
      }
      if (event.label === "SKIP_FORMAT" && AFTER_PAGE.test(event.message)) {
        if (event.message.includes(NOT_CREATED))
          say(`A page's response was empty: ${event.message.trim()}`);
        const now = Date.now();
        if (now - last >= EVERY_MS) {
          last = now;
          say(`${routes(written)} rendered so far`);
        }
        return;
      }
      if (written > 0) {
        say(`${routes(written)} rendered`);
        written = 0;
        last = 0;
      }
      out.write(event);
    },
  };
}
