import { stripVTControlCharacters } from "node:util";
import type { AstroLoggerMessage } from "astro";
import { afterEach, describe, expect, it, vi } from "vitest";
import citableLog from "../build-log.ts";

const info = (label: string | null, message: string, newLine = true): AstroLoggerMessage => ({
  level: "info",
  label,
  message,
  newLine,
});

/** What the destination prints for `events`, `Date.now()` advancing by `step` ms per event. */
function printed(events: AstroLoggerMessage[], step = 1): string {
  let now = 1_000_000;
  vi.spyOn(Date, "now").mockImplementation(() => now);
  const chunks: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  const log = citableLog();
  for (const event of events) {
    log.write(event);
    now += step;
  }
  vi.restoreAllMocks();
  // Astro's prefix starts with the time of day, which is not what is tested, and is coloured
  // where the terminal (or CI) takes colours.
  return stripVTControlCharacters(chunks.join("")).replace(/\d\d:\d\d:\d\d /g, "");
}

/** The events Astro logs for a page: its line, then its time once it is written. */
const page = (path: string, after = " (+12ms) ") => [
  info(null, `  ├─ ${path}`, false),
  info("SKIP_FORMAT", after),
];

afterEach(() => vi.restoreAllMocks());

describe("Astro's log as the build prints it", () => {
  it("prints the count of the routes rendered instead of a line per page, before Astro's next line", () => {
    const out = printed([
      info("SKIP_FORMAT", "\n generating static routes "),
      ...page("/claims/a/index.html"),
      ...page("/claims/b/index.html", " (cached) "),
      ...page("/rss.xml"),
      info(null, "✓ Completed in 26.86s.\n"),
    ]);
    expect(out).toBe(
      "\n generating static routes \n[build] 3 routes rendered\n✓ Completed in 26.86s.\n\n",
    );
  });

  it("says how many are rendered so far every five seconds while they are", () => {
    // A page every two seconds: its line, then a second later its time.
    const pages = Array.from({ length: 12 }, (_, n) => page(`/claims/${n}/index.html`)).flat();
    const out = printed([...pages, info(null, "✓ Completed in 12s.\n")], 1_000);
    expect(out.split("\n").filter((line) => line.startsWith("[build]"))).toEqual([
      "[build] 3 routes rendered so far",
      "[build] 6 routes rendered so far",
      "[build] 9 routes rendered so far",
      "[build] 12 routes rendered so far",
      "[build] 12 routes rendered",
    ]);
  });

  it("keeps what Astro says of a page whose response was empty", () => {
    const out = printed([
      ...page("/empty/index.html", " (+2ms) (file not created, response body was empty)"),
      info(null, "✓ Completed in 1s.\n"),
    ]);
    expect(out).toContain(
      "[build] A page's response was empty: (+2ms) (file not created, response body was empty)\n",
    );
    expect(out).toContain("[build] 1 route rendered\n");
  });

  it("passes every other line through as Astro's own logger prints it", () => {
    const out = printed([
      info("build", "Collecting build info..."),
      info("vite", "✓ built in 1.49s"),
    ]);
    expect(out).toBe("[build] Collecting build info...\n[vite] ✓ built in 1.49s\n");
  });
});
