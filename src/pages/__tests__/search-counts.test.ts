/**
 * The search page's filter counts, in Debian's Chromium: the first results do
 * not wait for Pagefind's filter index (the largest download of a first
 * search); the counts then follow the query, beside the results on a wide
 * screen and on a phone once the reader opens the filters.
 */
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromium, siteInChromium } from "../../../test/support/site-in-chromium.ts";

/** A page whose requests for Pagefind's filter index wait until `release()`. */
async function heldFilters(browser: Browser, origin: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const held = { requests: 0, release: () => {} };
  const released = new Promise<void>((done) => {
    held.release = done;
  });
  await page.route("**/pagefind/filter/**", async (route) => {
    held.requests++;
    await released;
    await route.continue();
  });
  await page.goto(`${origin}/search/`);
  return { page, held, close: () => context.close() };
}

/** Types `query` and waits for its results; the number of results the status announces. */
async function search(page: Page, query: string): Promise<number> {
  await page.fill("#search-input", query);
  await page.waitForFunction(
    (words) => document.querySelector(".search__status")?.textContent?.includes(words),
    query,
    { timeout: 10_000 },
  );
  await page.waitForSelector(".search__result", { timeout: 10_000 });
  const status = (await page.textContent(".search__status")) ?? "";
  return Number(/^[\d\s\u202f]+/.exec(status)?.[0].replace(/\D/g, ""));
}

/** The counts of the filter by type (fact-checks, sources), added up. */
async function typeCounts(page: Page): Promise<number> {
  const counts = await page.$$eval('[data-filter="type"] .search__count', (spans) =>
    spans.map((span) => span.textContent ?? ""),
  );
  return counts.reduce((sum, count) => sum + Number(count.replace(/\D/g, "")), 0);
}

describe.skipIf(!chromium)("the filter counts of the search page", () => {
  const site = siteInChromium();

  it("shows the first results while the filter index is still loading, then counts them", async () => {
    const { page, held, close } = await heldFilters(site.browser, site.origin, 1280);
    const before = await typeCounts(page);
    const found = await search(page, "Kessaci");
    expect(found).toBeLessThan(before);
    // The results are on screen, the filter index is not in: the counts are the whole site's.
    expect(await typeCounts(page)).toBe(before);
    held.release();
    await expect.poll(() => typeCounts(page)).toBe(found);
    expect(held.requests).toBeGreaterThan(0);
    await close();
  });

  it("counts a second query with its results, fetching no filter index again", async () => {
    const { page, held, close } = await heldFilters(site.browser, site.origin, 1280);
    held.release();
    const first = await search(page, "Kessaci");
    await expect.poll(() => typeCounts(page)).toBe(first);
    const requests = held.requests;
    const second = await search(page, "législatives");
    expect(second).not.toBe(first);
    expect(await typeCounts(page)).toBe(second);
    expect(held.requests).toBe(requests);
    await close();
  });

  it("dims the values that would keep no result, and only those", async () => {
    const { page, held, close } = await heldFilters(site.browser, site.origin, 1280);
    held.release();
    const found = await search(page, "Kessaci");
    await expect.poll(() => typeCounts(page)).toBe(found);
    const labels = await page.$$eval(".search__group label", (all) =>
      all.map((label) => ({
        count: label.querySelector(".search__count")?.textContent ?? "",
        empty: label.hasAttribute("data-empty"),
        color: getComputedStyle(label).color,
      })),
    );
    const empty = labels.filter((label) => label.count === "(0)");
    expect(empty.length).toBeGreaterThan(0);
    expect(labels.filter((label) => label.empty)).toEqual(
      empty.map((label) => ({ ...label, empty: true })),
    );
    const kept = labels.find((label) => label.count !== "(0)");
    expect(empty[0]?.color).not.toBe(kept?.color);
    await close();
  });

  it("on a phone, fetches the filter index only when the reader opens the filters", async () => {
    const { page, held, close } = await heldFilters(site.browser, site.origin, 375);
    held.release();
    const found = await search(page, "Kessaci");
    await page.waitForTimeout(500);
    expect(held.requests).toBe(0);
    await page.click(".search__panel summary");
    await expect.poll(() => typeCounts(page)).toBe(found);
    expect(held.requests).toBeGreaterThan(0);
    await close();
  });
});
