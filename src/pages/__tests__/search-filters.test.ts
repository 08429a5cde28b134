/**
 * What search knows of each fact-check, in Debian's Chromium: Pagefind's
 * filters and metadata of every claim page, read from what the page shows
 * (the verdict badge, the date, the claimant, the tags, the quotation cards),
 * say what the export says of the claim.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type BuiltSite, openSite, variants } from "../../../test/support/built-site.ts";
import { attribute, elements, textContent } from "../../../test/support/html.ts";
import { chromium, siteInChromium } from "../../../test/support/site-in-chromium.ts";

/** What the export says of a claim that search filters by. */
interface Exported {
  id: string;
  claimant?: string | null;
  published: string;
  verdict: { key: string; label: string };
  citations: Array<{ source: { publisher: string } }>;
}
/** What Pagefind holds of a page. */
interface Indexed {
  url: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

describe.skipIf(!chromium)("the search index of the example site", () => {
  const browser = siteInChromium();
  let site: BuiltSite;
  beforeAll(() => {
    site = openSite(variants[0] as (typeof variants)[number], inject("sites").root);
  });

  it("filters every fact-check by type, verdict, claimant, tags and publishers, with its verdict, key and date", async () => {
    const context = await browser.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${browser.origin}/search/`);
    // A string, not a function: the test runner would rewrite the function's import().
    const indexed = (await page.evaluate(`(async () => {
      const pagefind = await import("/pagefind/pagefind.js");
      const found = await pagefind.search(null, { filters: { type: "Vérification" } });
      return Promise.all(found.results.map((result) => result.data()));
    })()`)) as Indexed[];
    await context.close();

    const claims = site.export.claims as unknown as Exported[];
    expect(indexed.map((entry) => entry.url).sort()).toEqual(
      claims.map((claim) => `/claims/${claim.id}/`).sort(),
    );
    for (const claim of claims) {
      const entry = indexed.find((candidate) => candidate.url === `/claims/${claim.id}/`);
      const shown = site.page(`claims/${claim.id}/index.html`);
      const tags = shown
        ? elements(shown, (element) => attribute(element, "class") === "tag").map(textContent)
        : [];
      expect({ id: claim.id, filters: entry?.filters }).toEqual({
        id: claim.id,
        filters: {
          type: ["Vérification"],
          verdict: [claim.verdict.label],
          ...(claim.claimant ? { claimant: [claim.claimant] } : {}),
          ...(tags.length > 0 ? { tag: tags } : {}),
          publisher: [...new Set(claim.citations.map((citation) => citation.source.publisher))],
        },
      });
      expect(entry?.meta).toMatchObject({
        kind: "claim",
        verdict: claim.verdict.label,
        verdictKey: claim.verdict.key,
        date: claim.published,
      });
    }
  });
});
