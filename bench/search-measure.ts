/**
 * What one search costs a reader of a built site, measured in headless Chromium: the bytes of
 * Pagefind files fetched for a first query (from opening /search/ to the first results), then
 * what the page fetches once those results are shown (the filter counts), and for a second
 * query; and the time from typing each query to the first result on screen. A request counts
 * in the step during which it was issued. The search page
 * must have `#search-input`, `.search__filters` and a `.search__results` list (Citable's and the
 * benchmark's baseline both do).
 */
import type { Browser, Page, Request } from "playwright-core";
import { findChromium, launchChromium } from "../test/support/chromium.ts";
import { serve } from "../test/support/static-server.ts";
import { median } from "./stats.ts";

/** How long the network must stay idle for the page to count as settled. */
const QUIET_MS = 300;

/** The medians of several searches, each in a fresh browser context with an empty cache. */
export interface SearchCost {
  /** Kilobytes (1 024 bytes) of Pagefind files, headers included, up to the first results. */
  firstKb: number;
  /** Kilobytes the page fetches after the first results are shown, until its network is quiet. */
  afterKb: number;
  /** Kilobytes more for the second query. */
  secondKb: number;
  /** Milliseconds from typing the first query to its first result on screen. */
  firstMs: number;
  /** The same for the second query. */
  secondMs: number;
}

/** The queries typed, one after the other. */
export interface SearchOptions {
  query: string;
  second: string;
  runs: number;
}

/** Serves `site` on loopback and measures `runs` searches in it; throws when there is no Chromium. */
export async function measureSearch(site: string, options: SearchOptions): Promise<SearchCost> {
  const executable = findChromium();
  if (!executable)
    throw new Error("No Chromium found: install Debian's chromium or set CHROME_PATH.");
  const server = await serve(site);
  const browser = await launchChromium(executable);
  const runs: SearchCost[] = [];
  try {
    for (let run = 0; run < options.runs; run++)
      runs.push(await searchOnce(browser, server.origin, options));
  } finally {
    await browser.close();
    await server.close();
  }
  const column = (key: keyof SearchCost) => median(runs.map((run) => run[key]));
  return {
    firstKb: column("firstKb"),
    afterKb: column("afterKb"),
    secondKb: column("secondKb"),
    firstMs: column("firstMs"),
    secondMs: column("secondMs"),
  };
}

async function searchOnce(
  browser: Browser,
  origin: string,
  options: SearchOptions,
): Promise<SearchCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const network = watchPagefind(page);
  await page.goto(`${origin}/search/`);
  await page.waitForFunction(
    () => document.querySelector(".search__filters")?.children.length !== undefined,
  );
  const firstMs = await typeAndWait(page, options.query);
  network.step = "after";
  await network.quiet();
  network.step = "second";
  const secondMs = await typeAndWait(page, options.second);
  await network.quiet();
  await context.close();
  const kb = (step: Step) => network.bytes[step] / 1024;
  return { firstKb: kb("first"), afterKb: kb("after"), secondKb: kb("second"), firstMs, secondMs };
}

type Step = "first" | "after" | "second";

/** Counts the bytes of Pagefind's files by the step in which each request was issued. */
function watchPagefind(page: Page) {
  const network = {
    step: "first" as Step,
    bytes: { first: 0, after: 0, second: 0 } as Record<Step, number>,
    /** Resolves once no Pagefind request has been in flight for QUIET_MS. */
    quiet: async () => {
      let last = -1;
      while (inFlight.size > 0 || changes !== last) {
        last = changes;
        await new Promise((done) => setTimeout(done, QUIET_MS));
      }
    },
  };
  const inFlight = new Map<Request, Step>();
  let changes = 0;
  page.on("request", (request) => {
    if (!new URL(request.url()).pathname.includes("/pagefind/")) return;
    inFlight.set(request, network.step);
    changes++;
  });
  // Sizes arrive asynchronously: a request stays in flight until its size is counted.
  page.on("requestfinished", async (request) => {
    const step = inFlight.get(request);
    if (step === undefined) return;
    const sizes = await request.sizes();
    network.bytes[step] += sizes.responseBodySize + sizes.responseHeadersSize;
    inFlight.delete(request);
    changes++;
  });
  page.on("requestfailed", (request) => {
    if (inFlight.delete(request)) changes++;
  });
  return network;
}

/** Types a query and returns the milliseconds until the results list changes. */
async function typeAndWait(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const list = document.querySelector(".search__results") as HTMLElement;
    (window as unknown as { done: Promise<number> }).done = new Promise((done) => {
      const observer = new MutationObserver(() => {
        if (list.children.length > 0) {
          observer.disconnect();
          done(performance.now());
        }
      });
      observer.observe(list, { childList: true });
    });
  });
  const started = await page.evaluate(() => performance.now());
  await page.fill("#search-input", query);
  const ended = await page.evaluate(() => (window as unknown as { done: Promise<number> }).done);
  return ended - started;
}
