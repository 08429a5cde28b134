/**
 * The share row of a claim page, in Debian's Chromium: with JavaScript it
 * copies the page's address; without it the plain links to each network are
 * there, and no button that would do nothing is shown.
 */
import { describe, expect, it } from "vitest";
import { chromium, siteInChromium } from "../../../test/support/site-in-chromium.ts";

const CLAIM = "claims/kessaci-20-ans/";

describe.skipIf(!chromium)("the share row of a claim page", () => {
  const site = siteInChromium();

  it("copies the page's canonical address and says so", async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], {
      origin: site.origin,
    });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.text().includes("Content Security Policy")) violations.push(message.text());
    });
    await page.goto(`${site.origin}/${CLAIM}`);
    await page.getByRole("button", { name: "Copier le lien" }).click();
    await expect.poll(() => page.textContent(".share__status")).toBe("Lien copié");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `https://example.org/${CLAIM}`,
    );
    expect(violations).toEqual([]);
    await context.close();
  });

  it("shares the verdict and the claim, as the link preview titles them, through the system's sheet", async () => {
    const context = await site.browser.newContext();
    // Chromium on Linux has no share sheet: a stand-in records what the page asks to share.
    await context.addInitScript(() => {
      const shared: ShareData[] = [];
      Object.assign(window, { shared });
      navigator.share = async (data?: ShareData) => {
        if (data) shared.push(data);
      };
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}/${CLAIM}`);
    await page.getByRole("button", { name: "Partager…" }).click();
    const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
    const title = await page.getAttribute('meta[property="og:title"]', "content");
    expect(title).toMatch(/^Faux\u202f: /);
    expect(shared).toEqual([{ title, url: `https://example.org/${CLAIM}` }]);
    await context.close();
  });

  it("offers plain links to share without JavaScript, and no button that would do nothing", async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/${CLAIM}`);
    const links = page.locator(".share a");
    expect(await links.allTextContents()).toEqual([
      "WhatsApp",
      "X",
      "Facebook",
      "Bluesky",
      "E-mail",
    ]);
    expect(await links.first().getAttribute("href")).toContain(
      encodeURIComponent(`https://example.org/${CLAIM}`),
    );
    expect(await page.locator(".share input").count()).toBe(0);
    expect(await page.locator(".share__button:visible").count()).toBe(0);
    await context.close();
  });
});
