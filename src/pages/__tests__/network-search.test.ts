/**
 * Search across the network, in Debian's Chromium: two Citable sites built
 * from content of their own, served on two ports of 127.0.0.1 (partners on
 * this machine are allowed for the test only), each the other's partner. A
 * query typed on one finds the fact-checks of both, each labelled with its
 * site; the Site filter narrows to one; and once the partner is stopped, the
 * site's own search still answers, with a quiet note.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../../test/support/chromium.ts";
import {
  buildSite,
  type HeadersServer,
  headersServer,
  type TestSite,
  writeContent,
} from "../../../test/support/network-sites.ts";
import { chromium } from "../../../test/support/site-in-chromium.ts";

const NORTH: TestSite = {
  name: "North Check",
  lang: "en",
  claims: [
    {
      id: "tram-north",
      claim: "The northern tramway line carries ninety thousand riders a day.",
      verdict: "vrai",
      quote: "The northern tramway line carries ninety thousand riders every day.",
    },
    {
      id: "bridge-north",
      claim: "The old bridge was closed for two years.",
      verdict: "faux",
      quote: "The old bridge was closed for seven months only.",
    },
  ],
};
const SOUTH: TestSite = {
  name: "South Facts",
  lang: "en",
  claims: [
    {
      id: "tram-south",
      claim: "The southern tramway extension cost three hundred million.",
      verdict: "trompeur",
      quote: "The southern tramway extension cost three hundred million in the end.",
    },
  ],
};

describe.skipIf(!chromium)("search across two partner sites", () => {
  let folder: string;
  let north: HeadersServer;
  let south: HeadersServer;
  let browser: Browser;
  let plain: { origin: string; close: () => Promise<void> };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "citable-network-"));
    // The servers first: each site's address, with its port, goes into the other's settings.
    [north, south] = await Promise.all([headersServer(), headersServer()]);
    const sites = [
      [NORTH, north, SOUTH, south],
      [SOUTH, south, NORTH, north],
    ] as const;
    // One after the other: the builds share Astro's caches.
    // North has a third partner that is a web site, but not a Citable one.
    plain = await plainSite();
    for (const [site, server, partner, partnerServer] of sites) {
      const own = join(folder, site.name);
      const partners = [{ name: partner.name, url: `${partnerServer.origin}/` }];
      if (site === NORTH) partners.push({ name: "Plain Site", url: `${plain.origin}/` });
      const content = writeContent(own, site, `${server.origin}/`, partners);
      await buildSite(content, join(own, "dist"));
      server.serve(join(own, "dist"));
    }
    browser = await launchChromium(chromium as string);
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([north?.close(), south?.close(), plain?.close()]);
    rmSync(folder, { recursive: true, force: true });
  });

  /** A site that answers every address with an HTML page, readable from any origin. */
  async function plainSite() {
    const server = createServer((_, response) => {
      response.writeHead(200, { "Content-Type": "text/html", "Access-Control-Allow-Origin": "*" });
      response.end("<!doctype html><title>Not Citable</title><p>Hello.</p>");
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    return {
      origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      close: () => new Promise<void>((done) => server.close(() => done())),
    };
  }

  /** The results a search for `query` shows on North's search page, once South's have come or been given up. */
  async function searchNorth(page: Page, query: string) {
    await page.goto(`${north.origin}/search/`);
    await page.fill("#search-input", query);
    await page.waitForFunction(
      () =>
        document.querySelectorAll(".search__results:not(.search__partners) li").length > 0 &&
        document.querySelector(".search__partners:not([aria-busy])") !== null,
    );
    return page.$$eval(".search__result", (items) =>
      items.map((item) => ({
        site: item.querySelector(".search__site")?.textContent,
        href: item.querySelector(".search__title a")?.getAttribute("href"),
      })),
    );
  }

  it("finds the fact-checks of both sites, each labelled with its site", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${north.origin}/search/`);
    // Nothing is asked of the partner before the reader searches.
    expect(requests.filter((url) => url.startsWith(south.origin))).toEqual([]);
    const results = await searchNorth(page, "tramway");
    // This site's fact-check and source first, then the partner's, linking to the partner's pages.
    expect(results).toEqual([
      { site: "North Check", href: "/claims/tram-north/" },
      { site: "North Check", href: "/sources/report/" },
      { site: "South Facts", href: `${south.origin}/claims/tram-south/` },
      { site: "South Facts", href: `${south.origin}/sources/report/` },
    ]);
    expect(await page.textContent(".search__status")).toBe("4 results for “tramway”");
    // The partner that is not a Citable site is left out, with a note.
    expect(await page.textContent(".search__skipped")).toBe(
      "Plain Site could not be searched: its results are not included.",
    );
    await page.close();
  });

  it("narrows the results to one site with the Site filter", async () => {
    const page = await browser.newPage();
    await searchNorth(page, "tramway");
    await page.check('input[name="site"][value="South Facts"]');
    await page.waitForFunction(
      () => document.querySelectorAll(".search__results:not(.search__partners) li").length === 0,
    );
    await page.waitForSelector(".search__partners .search__result");
    const sites = await page.$$eval(".search__site", (items) => items.map((i) => i.textContent));
    expect(sites).toEqual(["South Facts", "South Facts"]);
    expect(new URL(page.url()).searchParams.getAll("site")).toEqual(["South Facts"]);
    await page.close();
  });

  it("still answers with this site's results when the partner is down, and says so quietly", async () => {
    await south.close();
    const page = await browser.newPage();
    const results = await searchNorth(page, "tramway");
    expect(results).toEqual([
      { site: "North Check", href: "/claims/tram-north/" },
      { site: "North Check", href: "/sources/report/" },
    ]);
    const note = await page.textContent(".search__skipped");
    expect(note?.split(/(?<=\.) /).sort()).toEqual([
      "Plain Site could not be searched: its results are not included.",
      "South Facts could not be searched: its results are not included.",
    ]);
    expect(await page.textContent(".search__status")).toBe("2 results for “tramway”");
    await page.close();
  });
});
