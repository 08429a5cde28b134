/**
 * The notes of a source page, in Debian's Chromium: the same markup is the
 * margin beside the text on a wide screen and a disclosure under each passage
 * on a phone, and the page goes on below the last note.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromium, siteInChromium } from "./site-in-chromium.ts";

const SOURCE = "sources/durain-legion-honneur/";

describe.skipIf(!chromium)("the notes of a source page", () => {
  const site = siteInChromium();

  const open = async (width: number, hash = "", javaScriptEnabled = true): Promise<Page> => {
    const context = await site.browser.newContext({
      viewport: { width, height: 800 },
      javaScriptEnabled,
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}/${SOURCE}${hash}`);
    return page;
  };

  it("stand in the margin beside the text on a wide screen, above the footer", async () => {
    const page = await open(1280);
    const layout = await page.evaluate(() => {
      const text = document.querySelector(".source__text")?.getBoundingClientRect();
      const footer = document.querySelector("footer")?.getBoundingClientRect();
      const notes = [...document.querySelectorAll(".notes")].map((notes) =>
        notes.getBoundingClientRect(),
      );
      const summaries = [...document.querySelectorAll(".notes summary")].filter(
        (summary) => getComputedStyle(summary).display !== "none",
      );
      return {
        inMargin: notes.every((box) => text !== undefined && box.left >= text.right),
        lowest: Math.max(...notes.map((box) => box.bottom)),
        footer: footer?.top ?? 0,
        summaries: summaries.length,
        notes: notes.length,
      };
    });
    expect(layout.notes).toBeGreaterThan(1);
    expect(layout.inMargin).toBe(true);
    expect(layout.summaries).toBe(0);
    expect(layout.lowest).toBeLessThanOrEqual(layout.footer);
    await page.context().close();
  });

  it("are a closed disclosure under each passage on a phone, open where the reader arrives", async () => {
    const page = await open(375);
    const closed = await page.$$eval(".cited", (blocks) =>
      blocks.map((block) => {
        const notes = block.querySelector(".notes")?.getBoundingClientRect();
        const passage = block.querySelector(":scope > :not(.notes)")?.getBoundingClientRect();
        const list = block.querySelector(".notes ol");
        return {
          under: notes !== undefined && passage !== undefined && notes.top >= passage.bottom,
          listShown: list?.checkVisibility() ?? false,
        };
      }),
    );
    expect(closed.length).toBeGreaterThan(1);
    expect(new Set(closed.map((block) => JSON.stringify(block)))).toEqual(
      new Set([JSON.stringify({ under: true, listShown: false })]),
    );
    const fragment = "durain-ex-senateur--president-region";
    await page.goto(`${site.origin}/${SOURCE}#${fragment}`);
    expect(await page.locator(`[data-note-for="${fragment}"]`).isVisible()).toBe(true);
    await page.context().close();
  });

  it("highlight the note and show the banner of the passage a reader arrives at, and no other, without JavaScript", async () => {
    const fragment = "durain-ex-senateur--president-region";
    const page = await open(1280, `#${fragment}`, false);
    const lit = await page.$$eval("[data-note-for]", (notes) =>
      notes
        .filter((note) => getComputedStyle(note).backgroundColor !== "rgba(0, 0, 0, 0)")
        .map((note) => note.getAttribute("data-note-for")),
    );
    expect(lit).toEqual([fragment]);
    const shown = await page.$$eval("[data-arrival]", (banners) =>
      banners
        .filter((banner) => getComputedStyle(banner).display !== "none")
        .map((banner) => banner.getAttribute("data-arrival")),
    );
    expect(shown).toEqual([fragment]);
    await page.context().close();
  });
});
