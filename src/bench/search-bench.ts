/**
 * `npm run bench:search [-- --site dist --query legion --runs 5]`: serves a
 * built site on loopback and measures, in headless Chromium, what one search
 * costs a reader: the bytes of Pagefind files fetched for a first and a second
 * query (from opening /search/ to the first results), and the time from typing
 * the query to the first result on screen. Without --site, it builds a
 * synthetic 10 000-claim site first. Figures, not a test.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { findChromium, launchChromium } from "../integrations/chromium.ts";
import { serve } from "../integrations/static-server.ts";
import { generateCorpus } from "./generate.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string" },
    claims: { type: "string", default: "10000" },
    sources: { type: "string", default: "1000" },
    query: { type: "string", default: "ministre" },
    second: { type: "string", default: "enquête" },
    runs: { type: "string", default: "5" },
  },
});
const executable = findChromium();
if (!executable) {
  console.error("No Chromium found: install Debian's chromium or set CHROME_PATH.");
  process.exit(1);
}

const temporary = values.site ? undefined : mkdtempSync(join(tmpdir(), "citable-search-"));
const site = values.site ? resolve(values.site) : buildSynthetic(temporary as string);
const server = await serve(site);
const browser = await launchChromium(executable);
const runs: Array<{ firstKb: number; secondKb: number; firstMs: number; secondMs: number }> = [];
try {
  for (let run = 0; run < Number(values.runs); run++) runs.push(await measure());
} finally {
  await browser.close();
  await server.close();
  if (temporary) rmSync(temporary, { recursive: true, force: true });
}

const median = (numbers: number[]) =>
  [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)] ?? 0;
const column = (key: keyof (typeof runs)[number]) => median(runs.map((run) => run[key]));
console.log(`Site         ${site}`);
console.log(
  `First query  "${values.query}": ${column("firstKb").toFixed(0)} KB of Pagefind files, first results ${column("firstMs").toFixed(0)} ms after typing`,
);
console.log(
  `Second query "${values.second}": ${column("secondKb").toFixed(0)} KB more, first results ${column("secondMs").toFixed(0)} ms after typing`,
);
console.log(
  `(medians of ${runs.length} runs, each in a fresh browser context with an empty cache)`,
);

async function measure() {
  const context = await browser.newContext();
  const page = await context.newPage();
  let bytes = 0;
  page.on("requestfinished", async (request) => {
    if (!new URL(request.url()).pathname.includes("/pagefind/")) return;
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  });
  await page.goto(`${server.origin}/search/`);
  await page.waitForFunction(
    () => document.querySelector(".search__filters")?.children.length !== undefined,
  );
  const first = await typeAndWait(page, values.query as string);
  const firstKb = bytes / 1024;
  const second = await typeAndWait(page, values.second as string);
  const result = { firstKb, secondKb: bytes / 1024 - firstKb, firstMs: first, secondMs: second };
  await context.close();
  return result;
}

/** Types a query and returns the milliseconds until the results list changes. */
async function typeAndWait(page: import("playwright-core").Page, query: string): Promise<number> {
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

function buildSynthetic(folder: string): string {
  const content = join(folder, "content");
  generateCorpus(content, {
    claims: Number(values.claims),
    sources: Number(values.sources),
    seed: 1,
  });
  const out = join(folder, "dist");
  const built = spawnSync(process.execPath, ["src/cli/build.ts", "--out-dir", out], {
    env: { ...process.env, CITABLE_CONTENT: content },
    stdio: "inherit",
  });
  if (built.status !== 0) throw new Error("The synthetic site did not build.");
  return out;
}
