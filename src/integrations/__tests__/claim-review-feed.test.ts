/**
 * The ClaimReview feed of the built site, read back as a consumer reads it:
 * `claimreview.json`, then every part it names, by the address it gives. Each
 * file follows its JSON Schema, and the parts hold one ClaimReview per
 * published claim, the same one the claim's page carries, newest first.
 */
import { Ajv } from "ajv";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type BuiltSite, openSite, variants } from "../../../test/support/built-site.ts";
import { attribute, elements, textContent } from "../../../test/support/html.ts";
import { exportJsonSchema } from "../../core/schema/export-json-schema.ts";

interface Feed {
  dateModified: string | null;
  hasPart: Array<{ url: string; size: number }>;
}
interface Part {
  dataFeedElement: Array<{ dateModified: string; item: { url: string } }>;
}

const ajv = new Ajv({ strict: false });

describe.each(variants.filter((variant) => variant.key !== "en"))(
  "the ClaimReview feed $name",
  (variant) => {
    let site: BuiltSite;
    beforeAll(() => {
      site = openSite(variant, inject("sites")[variant.key]);
    });

    it("parses back to one ClaimReview per published claim, as its page publishes it, and follows its JSON Schema", () => {
      const feed = JSON.parse(site.read("claimreview.json")) as Feed;
      const validFeed = ajv.compile(exportJsonSchema("claimreview-feed.schema.json"));
      expect(validFeed(feed), ajv.errorsText(validFeed.errors)).toBe(true);
      const validPart = ajv.compile(exportJsonSchema("claimreview-feed-part.schema.json"));
      const prefix = `${site.site}${site.base}`;
      const items = feed.hasPart.flatMap((part) => {
        expect(part.url.startsWith(prefix)).toBe(true);
        const parsed = JSON.parse(site.read(part.url.slice(prefix.length))) as Part;
        expect(validPart(parsed), ajv.errorsText(validPart.errors)).toBe(true);
        expect(parsed.dataFeedElement).toHaveLength(part.size);
        return parsed.dataFeedElement;
      });
      const published = site.export.claims;
      expect(items.map((element) => element.item.url).sort()).toEqual(
        published.map((claim) => claim.url).sort(),
      );
      const dates = items.map((element) => element.dateModified);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(feed.dateModified).toBe(dates[0]);
      for (const element of items) {
        const path = element.item.url.slice(prefix.length);
        const page = site.written(`${path}index.html`);
        const [script] = elements(page, (e) => attribute(e, "type") === "application/ld+json");
        const {
          "@context": _,
          image: __,
          ...onPage
        } = JSON.parse(script ? textContent(script) : "{}");
        expect(element.item).toEqual(onPage);
      }
    });

    it("is linked from every page's footer", () => {
      const home = site.written("index.html");
      const links = elements(home, (e) => e.name === "a").map((e) => attribute(e, "href"));
      expect(links).toContain(`${site.base}claimreview.json`);
    });
  },
);
