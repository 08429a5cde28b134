import { afterAll, describe, expect, it } from "vitest";
import { FIXTURE_SITE } from "../../../test/support/fixture-site.ts";
import { clearRegistry, site } from "../../integrations/registry.ts";
import { viewsOf } from "../../integrations/snapshot.ts";
import { claimProps } from "../props.ts";

afterAll(clearRegistry);

describe("a claim page's props", () => {
  it("carry of each related fact-check what its link shows, and of the share card what the head names", async () => {
    const all = viewsOf(await site("/", FIXTURE_SITE));
    const claim = all.claims.find((view) => view.card && all.related.of(view.id).length > 0);
    if (!claim?.card)
      throw new Error("no claim of the fixture site has a share card and related claims");
    const props = claimProps(all, claim);

    expect(props.related.length).toBeGreaterThan(0);
    for (const related of props.related) {
      expect(Object.keys(related).sort()).toEqual(
        ["claim", "claimant", "headline", "id", "lang", "summary", "verbatim", "verdict"].sort(),
      );
    }
    expect(props.claim.card).toEqual({
      path: claim.card.path,
      width: claim.card.width,
      height: claim.card.height,
      alt: claim.card.alt,
    });
    // What the page renders is the view itself: its reasoning and citations are all there.
    expect(props.claim.bodyHtml).toBe(claim.bodyHtml);
    expect(props.claim.citations).toEqual(claim.citations);
  });
});
