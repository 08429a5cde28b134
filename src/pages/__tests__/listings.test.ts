/**
 * What a listing shows of each fact-check, read in the synthetic site whose
 * listings take several pages (global-setup.ts builds it): the claim, its
 * verdict, who made it, the date and the finding (its summary) everywhere: a
 * reader who lands on any page of a listing reads what is true, not only the
 * claim.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type BuiltSite, openSite, pagedDeployment } from "../../../test/support/built-site.ts";
import { attribute, type Element, elements, textContent } from "../../../test/support/html.ts";
import { PAGE_SIZE } from "../../core/site/paging.ts";

let site: BuiltSite;
beforeAll(() => {
  site = openSite(pagedDeployment, inject("paged"));
});

const hasClass = (name: string) => (element: Element) =>
  (attribute(element, "class") ?? "").split(" ").includes(name);
const items = (file: string) => elements(site.written(file), hasClass("claim-item"));
const summaryOf = (item: Element) => elements(item, hasClass("claim-item__summary"))[0];

describe("a listing of fact-checks", () => {
  it("shows each claim's summary on the home page's first page, as its claim page says it", () => {
    const first = items("index.html");
    expect(first.length).toBe(PAGE_SIZE);
    for (const item of first) {
      const link = elements(item, (element) => element.name === "a")[0];
      const claimFile = `${(attribute(link as Element, "href") ?? "").replace(/^\//, "")}index.html`;
      const onClaimPage = elements(site.written(claimFile), hasClass("claim__summary"))[0];
      const summary = summaryOf(item);
      expect(summary && textContent(summary).trim()).toBeTruthy();
      expect(textContent(onClaimPage as Element)).toContain(textContent(summary as Element));
    }
  });

  it("shows verdict, claim, date and the finding on every other listing page", () => {
    const listings = site.files.filter((file) =>
      /^(page\/\d+|verdicts\/[^/]+(\/page\/\d+)?|tags\/[^/]+(\/page\/\d+)?|claimants\/[^/]+(\/page\/\d+)?)\/index\.html$/.test(
        file,
      ),
    );
    expect(listings).toContain("page/2/index.html");
    expect(listings.some((file) => file.startsWith("verdicts/"))).toBe(true);
    expect(listings.some((file) => file.startsWith("tags/"))).toBe(true);
    expect(listings.some((file) => file.startsWith("claimants/"))).toBe(true);
    const problems = listings.flatMap((file) =>
      items(file).flatMap((item) => [
        ...(summaryOf(item) && textContent(summaryOf(item) as Element).trim()
          ? []
          : [`${file}: an item without its summary`]),
        ...(elements(item, hasClass("verdict")).length === 1
          ? []
          : [`${file}: an item without its verdict`]),
        ...(elements(item, (element) => element.name === "time").length === 1
          ? []
          : [`${file}: an item without its date`]),
        ...(elements(item, (element) => element.name === "h2").length === 1
          ? []
          : [`${file}: an item without its claim`]),
      ]),
    );
    expect(problems).toEqual([]);
  });
});
