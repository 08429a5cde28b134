/**
 * `npm run bench:network [-- --claims 1000 --query ministre --runs 3]`: what a
 * search across the network costs a reader. Three synthetic sites of `claims`
 * fact-checks each are built (each a different seed) and served on loopback
 * with their `_headers`; the first lists the other two as partners. In
 * headless Chromium, a query is typed on the first site's search page, and
 * the bytes of every response are counted by the site they come from (this
 * site, each partner) until the page's network is quiet: nothing is fetched
 * from a partner before the query (checked, and said). Figures, not a test.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { findChromium, launchChromium } from "../test/support/chromium.ts";
import { generateCorpus } from "../test/support/corpus/generate.ts";
import { buildSite, type HeadersServer, headersServer } from "../test/support/network-sites.ts";
import { median } from "./stats.ts";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "1000" },
    query: { type: "string", default: "ministre" },
    runs: { type: "string", default: "3" },
  },
});
const claims = Number(values.claims);
const NAMES = ["Site A", "Partner B", "Partner C"];
const QUIET_MS = 500;

const folder = mkdtempSync(join(tmpdir(), "citable-network-bench-"));
const servers: HeadersServer[] = [];
try {
  for (const _ of NAMES) servers.push(await headersServer());
  for (const [index, name] of NAMES.entries()) {
    const content = join(folder, `content-${index}`);
    generateCorpus(content, {
      claims,
      sources: Math.max(1, Math.round(claims / 10)),
      seed: index + 1,
    });
    // The first site lists the two others as its partners.
    const partners = index === 0 ? servers.slice(1) : [];
    const network = partners.map(
      (server, n) => `\n  - name: ${NAMES[n + 1]}\n    url: ${server.origin}/`,
    );
    const settings = readFileSync(join(content, "site.yaml"), "utf8")
      .replace(/^(name|url|shareCards|network):.*\n?/gm, "")
      .trimEnd();
    const origin = (servers[index] as HeadersServer).origin;
    const listed = network.length > 0 ? network.join("") : " []";
    writeFileSync(
      join(content, "site.yaml"),
      `${settings}\nname: ${name}\nurl: ${origin}/\nshareCards: off\nnetwork:${listed}\n`,
    );
    console.log(`Building ${name} (${claims} claims)…`);
    await buildSite(content, join(folder, `dist-${index}`));
    (servers[index] as HeadersServer).serve(join(folder, `dist-${index}`));
  }
  const executable = findChromium();
  if (!executable)
    throw new Error("No Chromium found: install Debian's chromium or set CHROME_PATH.");
  const browser = await launchChromium(executable);
  const runs: Array<Record<string, number>> = [];
  try {
    for (let run = 0; run < Number(values.runs); run++) {
      const context = await browser.newContext();
      runs.push(await measure(await context.newPage()));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(
    `Query "${values.query}" on ${NAMES[0]}, with two partners (medians of ${runs.length} runs, empty cache):`,
  );
  for (const key of ["before", ...NAMES, "runtime"]) {
    const kb = median(runs.map((sizes) => sizes[key] ?? 0)) / 1024;
    const what =
      key === "before"
        ? "from partners before the query"
        : key === "runtime"
          ? `of which ${NAMES[0]}'s Pagefind runtime (pagefind.js, worker, WebAssembly)`
          : `from ${key}`;
    console.log(`  ${kb.toFixed(0).padStart(6)} KB ${what}`);
  }
} finally {
  await Promise.all(servers.map((server) => server.close()));
  rmSync(folder, { recursive: true, force: true });
}

/** The bytes each site sent while one query was answered, and the partners' before it. */
async function measure(page: Page): Promise<Record<string, number>> {
  const bytes: Record<string, number> = { before: 0 };
  let typed = false;
  let pending = 0;
  let changes = 0;
  const siteOf = (url: string) =>
    NAMES[servers.findIndex((server) => url.startsWith(server.origin))];
  page.on("request", () => {
    pending++;
    changes++;
  });
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes();
    const site = siteOf(request.url());
    const key = !typed && site !== NAMES[0] ? "before" : (site ?? "other");
    const size = sizes.responseBodySize + sizes.responseHeadersSize;
    bytes[key] = (bytes[key] ?? 0) + size;
    // This site's Pagefind runtime, which each partner's instance loads again.
    if (
      typed &&
      site === NAMES[0] &&
      /pagefind(\.js|-worker\.js)|\.pagefind$/.test(new URL(request.url()).pathname)
    ) {
      bytes.runtime = (bytes.runtime ?? 0) + size;
    }
    pending--;
    changes++;
  });
  page.on("requestfailed", () => {
    pending--;
    changes++;
  });
  await page.goto(`${servers[0]?.origin}/search/`);
  await quiet();
  typed = true;
  // Only what the query loads counts for this site: the page itself is not the search.
  for (const key of Object.keys(bytes)) if (key !== "before") bytes[key] = 0;
  bytes.runtime = 0;
  await page.fill("#search-input", values.query as string);
  await page.waitForSelector(".search__result");
  await quiet();
  return bytes;

  async function quiet() {
    let last = -1;
    while (pending > 0 || changes !== last) {
      last = changes;
      await new Promise((done) => setTimeout(done, QUIET_MS));
    }
  }
}
