/**
 * A verdict badge's icon, in Debian's Chromium: pages carry no SVG, the icon is
 * a mask from verdicts.css filled with the label's colour, and a reader sees it
 * in the light and dark schemes and in a high-contrast theme, where background
 * colours are replaced and a naive mask would vanish.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromium, siteInChromium } from "../../../test/support/site-in-chromium.ts";

// A claim page (its badge links, its related fact-checks' do not) and a listing page.
const PAGES = ["claims/durain-ex-senateur/", "verdicts/"] as const;
const THEMES = [
  { name: "light", colorScheme: "light", forcedColors: "none" },
  { name: "dark", colorScheme: "dark", forcedColors: "none" },
  { name: "high-contrast light", colorScheme: "light", forcedColors: "active" },
  { name: "high-contrast dark", colorScheme: "dark", forcedColors: "active" },
] as const;

describe.skipIf(!chromium)("a verdict badge's icon", () => {
  const site = siteInChromium();

  const open = async (path: string, theme: (typeof THEMES)[number]): Promise<Page> => {
    // bypassCSP lets the test hide the icons with a style tag, to see that they were painted.
    const { colorScheme, forcedColors } = theme;
    const context = await site.browser.newContext({
      colorScheme,
      forcedColors,
      bypassCSP: true,
      deviceScaleFactor: 2,
    });
    const page = await context.newPage();
    await page.goto(`${site.origin}/${path}`);
    return page;
  };

  it.each(PAGES)("is drawn from verdicts.css, in the label's colour, on %s", async (path) => {
    const page = await open(path, THEMES[0]);
    expect(await page.locator("svg").count()).toBe(0);
    const icons = await page.$$eval(".verdict--icon", (badges) =>
      badges.map((badge) => {
        const icon = getComputedStyle(badge, "::before");
        return {
          mask: icon.maskImage.startsWith('url("data:image/svg+xml,'),
          square: icon.width === icon.height && Number.parseFloat(icon.width) > 10,
          colour: icon.backgroundColor === getComputedStyle(badge).color,
        };
      }),
    );
    expect(icons.length).toBeGreaterThan(0);
    expect(new Set(icons.map((icon) => JSON.stringify(icon)))).toEqual(
      new Set([JSON.stringify({ mask: true, square: true, colour: true })]),
    );
    await page.context().close();
  });

  it("is drawn on the verdict badges of search results too", async () => {
    const page = await open("search/?q=Kessaci", THEMES[0]);
    const results = page.locator(".search__results .verdict[data-verdict]");
    await results.first().waitFor();
    const icons = await results.evaluateAll((badges) =>
      badges.map(
        (badge) =>
          badge.classList.contains("verdict--icon") &&
          getComputedStyle(badge, "::before").maskImage.startsWith('url("data:image/svg+xml,'),
      ),
    );
    expect(icons.length).toBeGreaterThan(0);
    expect(new Set(icons)).toEqual(new Set([true]));
    await page.context().close();
  });

  it.each(THEMES.flatMap((theme) => PAGES.map((path) => [path, theme.name, theme] as const)))(
    "shows on %s in the %s theme",
    async (path, _name, theme) => {
      const page = await open(path, theme);
      const badges = page.locator(".verdict--icon");
      const count = await badges.count();
      expect(count).toBeGreaterThan(0);
      const shots = [];
      for (let index = 0; index < Math.min(count, 3); index++)
        shots.push(await badges.nth(index).screenshot());
      await page.addStyleTag({ content: ".verdict--icon::before { visibility: hidden; }" });
      for (let index = 0; index < shots.length; index++)
        expect((await badges.nth(index).screenshot()).equals(shots[index] as Buffer)).toBe(false);
      await page.context().close();
    },
  );
});
