/**
 * "Signaler une erreur" on the claim pages of the example site: the message
 * goes to the site's address and says which claim it is about.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type BuiltSite, openSite, variants } from "../../../test/support/built-site.ts";
import { attribute, elements } from "../../../test/support/html.ts";

let site: BuiltSite;
beforeAll(() => {
  site = openSite(variants[0] as (typeof variants)[number], inject("sites").root);
});

describe("the report link of a claim page", () => {
  it("writes to the corrections address, naming the claim by its id and its page's address", () => {
    const claims = site.export.claims;
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) {
      const page = site.page(`claims/${claim.id}/index.html`);
      const links = page
        ? elements(page, (element) =>
            (attribute(element, "href") ?? "").startsWith("mailto:corrections@"),
          )
        : [];
      expect(links).toHaveLength(1);
      const address = new URL(attribute(links[0] as (typeof links)[number], "href") ?? "");
      expect(address.pathname).toBe("corrections@example.org");
      expect(address.searchParams.get("subject")).toBe(`Erreur signalée\u202f: ${claim.id}`);
      expect(address.searchParams.get("body")).toBe(`https://example.org/claims/${claim.id}/`);
    }
  });
});
