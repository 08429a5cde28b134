/**
 * A site built with a watch.json: the source page says its original changed
 * and how many cited passages it lost, and the claim page says so beside the
 * citation whose passage is gone, and only there; in Chromium as in the HTML.
 */
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type BuiltSite,
  buildInto,
  openSite,
  type Variant,
} from "../../../test/support/built-site.ts";
import { findChromium, launchChromium } from "../../../test/support/chromium.ts";
import { attribute, elements, textContent } from "../../../test/support/html.ts";
import { serve } from "../../../test/support/static-server.ts";

const CONTENT = fileURLToPath(new URL("../../watch/__tests__/fixtures/content/", import.meta.url));
const deployment: Variant = {
  key: "root",
  name: "with a watch.json",
  env: {},
  site: "https://example.org",
  base: "/",
  searchIndex: "after",
};
const chromium = findChromium();

let site: BuiltSite;
beforeAll(async () => {
  site = openSite(deployment, (await buildInto(deployment, CONTENT)).dir);
}, 180_000);
afterAll(() => {
  if (site) rmSync(dirname(site.dir), { recursive: true, force: true });
});

const notices = (file: string, attr: string) => {
  const page = site.page(file);
  if (!page) throw new Error(`No ${file}.`);
  return elements(page, (element) => attribute(element, attr) !== undefined).map((element) => ({
    state: attribute(element, attr),
    text: textContent(element).trim(),
  }));
};

describe("a site built with a watch.json", () => {
  it("says on the source page that the original changed and lost a cited passage", () => {
    expect(notices("sources/entretien/index.html", "data-watch")).toEqual([
      {
        state: "changed-quotes-gone",
        text: "L’original a été modifié depuis l’archivage (consulté le 28\u00a0novembre\u00a02026)\u202f: 1 passage cité n’y figure plus. La copie archivée ci-dessous reste la référence.",
      },
    ]);
  });

  it("says so beside the citation whose passage is gone, and only there", () => {
    const page = site.page("claims/kessaci-pret/index.html");
    if (!page) throw new Error("No claim page.");
    const cards = elements(
      page,
      (element) =>
        element.name === "li" && (attribute(element, "id") ?? "").startsWith("citation-"),
    );
    const byCard = cards.map((card) => [
      attribute(card, "id"),
      elements(card, (element) => attribute(element, "data-watch") !== undefined).map((element) =>
        textContent(element).trim(),
      ),
    ]);
    // In reading order: the text cites the invitation first.
    expect(byCard).toEqual([
      ["citation-invite", []],
      [
        "citation-pret",
        [
          "Ce passage ne figure plus dans l’original (consulté le 28\u00a0novembre\u00a02026)\u202f; la copie archivée le contient.",
        ],
      ],
    ]);
  });

  it.skipIf(!chromium)(
    "shows both notices to a reader",
    async () => {
      const server = await serve(site.dir, "/");
      const browser = await launchChromium(chromium as string);
      try {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(`${server.origin}/claims/kessaci-pret/`);
        const notice = page.locator("#citation-pret [data-watch]");
        await expect(notice.isVisible()).resolves.toBe(true);
        await page
          .locator("#citation-pret")
          .screenshot({ path: join(dirname(site.dir), "claim-notice.png") });
        await page.goto(`${server.origin}/sources/entretien/`);
        await expect(page.locator(".source__watch").isVisible()).resolves.toBe(true);
        await page.screenshot({
          path: join(process.env.SHOTS_DIR ?? dirname(site.dir), "source-notice.png"),
        });
      } finally {
        await browser.close();
        await server.close();
      }
    },
    60_000,
  );
});
