/**
 * The notes of a source page, in Debian's Chromium: the same markup is the
 * margin beside the text on a wide screen and a disclosure under each passage
 * on a phone, and the page goes on below the last note.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromium, siteInChromium } from "../../../test/support/site-in-chromium.ts";

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
    expect(await page.locator(`[data-note-for~="${fragment}"]`).isVisible()).toBe(true);
    await page.context().close();
  });

  it("highlight in full the note of the passage a reader arrives at, and no other, without JavaScript", async () => {
    const fragment = "durain-ex-senateur--president-region";
    const page = await open(1280, `#${fragment}`, false);
    const lit = await page.$$eval("[data-note-for]", (notes) =>
      notes
        .filter((note) => getComputedStyle(note).backgroundColor !== "rgba(0, 0, 0, 0)")
        .map((note) => note.getAttribute("data-note-for")),
    );
    expect(lit).toEqual([fragment]);
    // The note names the claim in full, where the others stop at two lines, and links back to its quote.
    const note = page.locator(`[data-note-for~="${fragment}"] a`);
    expect(await note.evaluate((link) => getComputedStyle(link).webkitLineClamp)).toBe("none");
    expect(
      await page
        .locator(`[data-note-for]:not([data-note-for~="${fragment}"]) a`)
        .first()
        .evaluate((link) => getComputedStyle(link).webkitLineClamp),
    ).toBe("2");
    expect(await note.getAttribute("href")).toBe(
      "/claims/durain-ex-senateur/#citation-president-region",
    );
    expect(await page.locator("[data-arrival]").isVisible()).toBe(false);
    await page.context().close();
  });
});

describe.skipIf(!chromium)("the arrival banner of a source page, with JavaScript", () => {
  const site = siteInChromium();
  const fragment = "durain-ex-senateur--president-region";

  const open = async (hash = ""): Promise<Page> => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/${SOURCE}${hash}`);
    return page;
  };
  /** What the banner shows, and what the note of `fragment` says, to compare them. */
  const banner = (page: Page, fragment: string) =>
    page.evaluate((fragment) => {
      const banner = document.querySelector<HTMLElement>("[data-arrival]");
      const note = document.querySelector(`[data-note-for~="${fragment}"]`);
      const badge = banner?.querySelector<HTMLElement>(".verdict");
      return {
        shown: banner?.checkVisibility() ?? false,
        banners: document.querySelectorAll("[data-arrival]").length,
        label: banner?.querySelector(".arrival__label")?.textContent,
        claim: banner?.querySelector(".arrival__claim")?.textContent,
        links: [...(banner?.querySelectorAll("a") ?? [])].map((link) => link.getAttribute("href")),
        verdict: [badge?.textContent, badge?.dataset.verdict],
        icon: badge?.classList.contains("verdict--icon"),
        note: {
          claim: note?.querySelector("a")?.textContent,
          href: note?.querySelector("a")?.getAttribute("href"),
          verdict: [
            note?.querySelector<HTMLElement>(".verdict")?.textContent,
            note?.querySelector<HTMLElement>(".verdict")?.dataset.verdict,
          ],
        },
      };
    }, fragment);

  it("names the claim that quotes the passage, its verdict and the way back, as the passage's note does", async () => {
    const page = await open(`#${fragment}`);
    const shown = await banner(page, fragment);
    expect(shown.shown).toBe(true);
    expect(shown.banners).toBe(1);
    expect(shown.label).toBe("Passage cité par la vérification");
    expect(shown.note.claim).toBeTruthy();
    expect(shown.claim).toBe(shown.note.claim);
    expect(shown.verdict).toEqual(shown.note.verdict);
    expect(shown.verdict[1]).toBeTruthy();
    expect(shown.icon).toBe(true);
    expect(shown.links).toEqual([
      "/claims/durain-ex-senateur/#citation-president-region",
      "/claims/durain-ex-senateur/#citation-president-region",
    ]);
    await page.context().close();
  });

  it("follows the reader to another passage of the page, and is gone when none is named", async () => {
    const page = await open(`#${fragment}`);
    const other = await page.$$eval(
      "mark[id]",
      (marks, fragment) =>
        marks
          .map((mark) => mark.id)
          .find((id) => id !== fragment && !id.startsWith("durain-ex-senateur--")),
      fragment,
    );
    expect(other).toBeDefined();
    await page.evaluate((hash) => {
      location.hash = hash;
    }, other as string);
    await expect
      .poll(async () => (await banner(page, other as string)).claim)
      .toBe((await banner(page, other as string)).note.claim);
    const moved = await banner(page, other as string);
    expect(moved.shown).toBe(true);
    expect(moved.links[0]).toBe(moved.note.href);
    expect(moved.verdict).toEqual(moved.note.verdict);

    await page.goto(`${site.origin}/${SOURCE}`);
    expect((await banner(page, other as string)).shown).toBe(false);
    await page.context().close();
  });

  it("keeps working when the address ends with a broken escape, as a messenger may cut a link", async () => {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${site.origin}/${SOURCE}#durain-ex-senateur%E0%A4`);
    expect((await banner(page, fragment)).shown).toBe(false);
    await page.evaluate((hash) => {
      location.hash = hash;
    }, fragment);
    await expect.poll(async () => (await banner(page, fragment)).shown).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
