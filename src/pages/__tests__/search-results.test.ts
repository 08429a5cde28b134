/**
 * What a reader sees in a search result, in Debian's Chromium, on the built
 * fixture site: a fact-check reads as in the listings (the verdict once, a
 * verbatim claim quoted and attributed, a paraphrase unquoted, the finding),
 * and no result doubles quotation marks, not even a quoted passage that holds
 * a quote of its own.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromium, siteInChromium } from "../../../test/support/site-in-chromium.ts";

const variants = [
  { key: "root", faux: "Faux", vrai: "Vrai", madeBy: "Origine\u202f: ", open: "«\u202f" },
  { key: "en", faux: "False", vrai: "True", madeBy: "Claimed by ", open: "“" },
] as const;

/** A search result as a reader sees it and as a screen reader names its link. */
interface Shown {
  href: string;
  badge: string;
  badgeHidden: boolean;
  /** The title's visible text (without the words for screen readers only). */
  title: string;
  /** The link's accessible name. */
  name: string;
  claimed: string;
  summary: string;
  meta: string;
  /** Everything the result shows. */
  text: string;
}

const DOUBLED = /«\s*«|»\s*»|“\s*“|”\s*”/;

describe.skipIf(!chromium).each(variants)(
  "a search result on the site ($key)",
  ({ key, faux, vrai, madeBy, open }) => {
    const site = siteInChromium(key);

    /** Searches `query` and reads the results once the status names it. */
    const search = async (page: Page, query: string): Promise<Shown[]> => {
      await page.goto(`${site.origin}/search/`);
      await page.fill("#search-input", query);
      await page.waitForFunction(
        (words) => document.querySelector(".search__status")?.textContent?.includes(words),
        query,
      );
      return page.$$eval(".search__result", (items) =>
        items.map((item) => {
          const link = item.querySelector(".search__title a") as HTMLElement;
          const visible = link.cloneNode(true) as HTMLElement;
          for (const hidden of visible.querySelectorAll(".visually-hidden")) hidden.remove();
          const badge = item.querySelector(".verdict") as HTMLElement;
          const text = (selector: string) => item.querySelector(selector)?.textContent ?? "";
          return {
            href: link.getAttribute("href") ?? "",
            badge: badge.textContent ?? "",
            badgeHidden: badge.getAttribute("aria-hidden") === "true",
            title: visible.textContent ?? "",
            name: link.textContent ?? "",
            claimed: text(".search__claimed"),
            summary: text(".search__summary"),
            meta: [...item.querySelectorAll(".meta:not(.search__site)")]
              .map((meta) => meta.textContent)
              .join(" "),
            text: item.textContent ?? "",
          };
        }),
      );
    };

    it("shows a fact-check's verdict once, and names it first to screen readers", async () => {
      const page = await site.browser.newPage();
      const results = (await search(page, "Kessaci")).filter((r) => r.href.includes("/claims/"));
      expect(results.length).toBeGreaterThan(3);
      for (const result of results) {
        expect(result.badgeHidden).toBe(true);
        expect(result.title.startsWith(result.badge)).toBe(false);
        expect(result.name.startsWith(result.badge)).toBe(true);
        // The finding, under every fact-check.
        expect(result.summary.length).toBeGreaterThan(40);
      }
      expect(new Set(results.map((result) => result.badge))).toContain(faux);
      await page.close();
    });

    it("quotes a verbatim claim and names who made it, and leaves a paraphrase unquoted", async () => {
      const page = await site.browser.newPage();
      const results = await search(page, "Légion");
      const verbatim = results.find((r) => r.href === "/claims/durain-lettre-macron/");
      expect(verbatim).toMatchObject({
        badge: vrai,
        title: `${open}J’ai écrit à @EmmanuelMacron pour lui proposer de remettre la légion d’honneur à @kessaciamine1.${open === "“" ? "”" : "\u202f»"}`,
      });
      expect(verbatim?.meta).toContain(`${madeBy}Jérôme Durain`);
      const paraphrase = results.find((r) => r.href === "/claims/durain-ex-senateur/");
      expect(paraphrase?.title).toBe(
        "Le sénateur socialiste Jérôme Durain réclame la Légion d’honneur pour Amine Kessaci.",
      );
      expect(paraphrase?.meta).toContain(`${madeBy}Message viral sur les réseaux sociaux`);
      await page.close();
    });

    it("shows the claim under an editors' headline, unquoted when it is a paraphrase", async () => {
      const page = await site.browser.newPage();
      const results = await search(page, "narcotrafic");
      const headlined = results.find((r) => r.href === "/claims/durain-seul-auteur-loi/");
      expect(headlined?.title).toBe(
        "Non, Jérôme Durain n’a pas écrit seul la loi contre le narcotrafic",
      );
      expect(headlined?.claimed).toMatch(
        /^(Ce qui est affirmé\u202f:|What was claimed:) Jérôme Durain a écrit seul la loi contre le narcotrafic\.$/,
      );
      await page.close();
    });

    it.each(["risque sa vie", "Kessaci", "Durain", "prêt", "République"])(
      "never doubles quotation marks in the results for %j",
      async (query) => {
        const page = await site.browser.newPage();
        const results = await search(page, query);
        expect(results.length).toBeGreaterThan(0);
        expect(results.filter((result) => DOUBLED.test(result.text)).map((r) => r.text)).toEqual(
          [],
        );
        await page.close();
      },
    );

    it("nests the marks of a quoted passage that holds a quote", async () => {
      const page = await site.browser.newPage();
      await search(page, "risque sa vie");
      const passages = await page.$$eval(".search__passages a", (links) =>
        links.map((link) => link.textContent ?? ""),
      );
      // In English, the French source's guillemets stay as they are inside “…”: no two marks meet.
      const shown =
        key === "root"
          ? /^«\u202fKessaci a indiqué qu’il continuera à s’engager, car se taire “risque sa vie”\u202f»$/
          : /^“Kessaci a indiqué qu’il continuera à s’engager, car se taire «\s?risque sa vie\s?»”$/;
      expect(passages.filter((passage) => shown.test(passage))).toHaveLength(1);
      await page.close();
    });
  },
);
