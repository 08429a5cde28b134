/**
 * A source page as a document (issue 23, item 4), on a small built site where
 * two fact-checks quote the same sentence and one of them quotes a second
 * sentence of the same paragraph: one number per passage, in reading order;
 * one margin entry per passage naming every fact-check that quotes it; a
 * quiet mark at rest and the full highlight on arrival, with and without
 * JavaScript, the banner naming the fact-check the reader came from.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltSite, buildInto, openSite } from "../../../test/support/built-site.ts";
import { launchChromium } from "../../../test/support/chromium.ts";
import { attribute, elements, textContent } from "../../../test/support/html.ts";
import { chromium } from "../../../test/support/site-in-chromium.ts";
import { type Served, serve } from "../../../test/support/static-server.ts";

const FIXTURE = fileURLToPath(
  new URL("../../integrations/__tests__/fixtures/english-site", import.meta.url),
);
const PAGE = "sources/council-minutes/";
const SHARED = ["bibliotheque-fermee--dimanche", "library-closed--sundays"];
const LIBRARY = "“The library will close for good.”";
const TRANSPARENT = "rgba(0, 0, 0, 0)";

describe("a source page whose passages are quoted by several fact-checks", () => {
  let site: BuiltSite;
  let folder: string;
  // The site served and Chromium started, for the tests in Chromium (when there is one).
  let browser: Browser | undefined;
  let server: Served | undefined;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "citable-passages-"));
    const content = join(folder, "content");
    cpSync(FIXTURE, content, { recursive: true });
    const deployment = { env: {}, site: "https://checker.example", base: "/" };
    const build = await buildInto({ ...deployment, searchIndex: "after" }, content);
    site = openSite(deployment, build.dir);
    if (!chromium) return;
    server = await serve(site.dir, "/");
    browser = await launchChromium(chromium);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
    if (site) rmSync(dirname(site.dir), { recursive: true, force: true });
  });

  it("numbers each passage once, in reading order, and keeps an anchor for every quote", () => {
    const page = site.written(`${PAGE}index.html`);
    const marks = elements(page, (e) => e.name === "mark");
    expect(
      marks.filter((mark) => attribute(mark, "data-note")).map((m) => attribute(m, "data-note")),
    ).toEqual(["1", "2", "3"]);
    expect(marks.flatMap((mark) => attribute(mark, "id") ?? [])).toEqual([
      ...SHARED,
      "library-closed--weekdays",
      "budget-rise--minutes",
    ]);
  });

  it("gives each passage one margin entry naming every fact-check that quotes it", () => {
    const page = site.written(`${PAGE}index.html`);
    const entries = elements(
      page,
      (e) => e.name === "li" && attribute(e, "data-note-for") !== undefined,
    );
    const shown = entries.map((entry) => ({
      number: attribute(entry, "value"),
      for: attribute(entry, "data-note-for"),
      claims: elements(entry, (e) => e.name === "a").map((a) => [
        attribute(a, "href"),
        textContent(a),
      ]),
    }));
    expect(shown).toEqual([
      {
        number: "1",
        for: SHARED.join(" "),
        claims: [
          [
            "/claims/bibliotheque-fermee/#citation-dimanche",
            "La bibliothèque fermera le dimanche.",
          ],
          ["/claims/library-closed/#citation-sundays", LIBRARY],
        ],
      },
      {
        number: "2",
        for: "library-closed--weekdays",
        claims: [["/claims/library-closed/#citation-weekdays", LIBRARY]],
      },
      {
        number: "3",
        for: "budget-rise--minutes",
        claims: [
          [
            "/claims/budget-rise/#citation-minutes",
            "Yes, the budget rises by 9 %, as the mayor said",
          ],
        ],
      },
    ]);
    // The French fact-check is tagged French on this English page.
    const french = elements(page, (e) => attribute(e, "data-cites") === SHARED[0])[0];
    expect(french && attribute(french, "lang")).toBe("fr");
  });

  describe.skipIf(!chromium)("in Chromium", () => {
    const open = async (hash: string, javaScriptEnabled: boolean): Promise<Page> => {
      if (!browser || !server) throw new Error("Chromium starts in beforeAll.");
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        javaScriptEnabled,
      });
      const page = await context.newPage();
      await page.goto(`${server.origin}/${PAGE}${hash}`);
      return page;
    };
    /** The background of each passage's innermost mark, and of each margin entry. */
    const backgrounds = (page: Page) =>
      page.evaluate(() => ({
        marks: Object.fromEntries(
          [...document.querySelectorAll("mark[id]")].map((mark) => [
            mark.id,
            getComputedStyle(mark).backgroundColor,
          ]),
        ),
        notes: Object.fromEntries(
          [...document.querySelectorAll("[data-note-for]")].map((note) => [
            note.getAttribute("value"),
            getComputedStyle(note).backgroundColor,
          ]),
        ),
      }));

    it.each([true, false])(
      "marks every passage quietly at rest (JavaScript: %s): an underline, no highlight",
      async (javaScriptEnabled) => {
        const page = await open("", javaScriptEnabled);
        const { marks, notes } = await backgrounds(page);
        expect(new Set([...Object.values(marks), ...Object.values(notes)])).toEqual(
          new Set([TRANSPARENT]),
        );
        // A mark inside another stands on the outer one's underline.
        const underlines = await page.$$eval(":not(mark) > mark", (all) =>
          all.map((mark) => getComputedStyle(mark).boxShadow.includes("inset")),
        );
        expect(new Set(underlines)).toEqual(new Set([true]));
        await page.context().close();
      },
    );

    it.each([true, false])(
      "highlights in full the shared passage and its one entry on arrival (JavaScript: %s)",
      async (javaScriptEnabled) => {
        const page = await open(`#${SHARED[1]}`, javaScriptEnabled);
        const { marks, notes } = await backgrounds(page);
        expect(marks[SHARED[1] as string]).not.toBe(TRANSPARENT);
        expect(marks["library-closed--weekdays"]).toBe(TRANSPARENT);
        expect(
          Object.entries(notes)
            .filter(([, colour]) => colour !== TRANSPARENT)
            .map(([number]) => number),
        ).toEqual(["1"]);
        await page.context().close();
      },
    );

    it.each([
      [SHARED[1], LIBRARY, "False"],
      [SHARED[0], "La bibliothèque fermera le dimanche.", "True"],
    ])(
      "names in its banner the fact-check the reader came from (#%s)",
      async (fragment, claim, verdict) => {
        const page = await open(`#${fragment}`, true);
        const banner = page.locator("[data-arrival]");
        await expect.poll(() => banner.isVisible()).toBe(true);
        expect(await banner.locator(".arrival__claim").textContent()).toBe(claim);
        expect(await banner.locator(".verdict").textContent()).toBe(verdict);
        await page.context().close();
      },
    );
  });
});
