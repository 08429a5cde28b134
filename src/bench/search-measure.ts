/**
 * What one search costs a reader of a built site, measured in headless Chromium: the bytes of
 * Pagefind files fetched for a first and a second query (from opening /search/ to the first
 * results), and the time from typing each query to the first result on screen. The search page
 * must have `#search-input`, `.search__filters` and a `.search__results` list (Citable's and the
 * benchmark's baseline both do).
 */
import type { Browser, Page } from "playwright-core";
import { findChromium, launchChromium } from "../integrations/chromium.ts";
import { serve } from "../integrations/static-server.ts";
import { median } from "./stats.ts";

/** The medians of several searches, each in a fresh browser context with an empty cache. */
export interface SearchCost {
  /** Kilobytes (1 024 bytes) of Pagefind files, headers included, up to the first results. */
  firstKb: number;
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
  let bytes = 0;
  // Sizes arrive asynchronously: wait for the pending ones before reading the count.
  const pending = new Set<Promise<void>>();
  const counted = () => Promise.all(pending);
  page.on("requestfinished", (request) => {
    if (!new URL(request.url()).pathname.includes("/pagefind/")) return;
    const size = request.sizes().then((sizes) => {
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      pending.delete(size);
    });
    pending.add(size);
  });
  await page.goto(`${origin}/search/`);
  await page.waitForFunction(
    () => document.querySelector(".search__filters")?.children.length !== undefined,
  );
  const firstMs = await typeAndWait(page, options.query);
  await counted();
  const firstKb = bytes / 1024;
  const secondMs = await typeAndWait(page, options.second);
  await counted();
  await context.close();
  return { firstKb, secondKb: bytes / 1024 - firstKb, firstMs, secondMs };
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
