/**
 * What a claim page is given by its `getStaticPaths()`: Astro's parallel rendering serialises
 * every page's props on the thread that lists the pages and parses them on the thread that
 * renders it, so they carry what the page shows and nothing more.
 */
import { once } from "../integrations/once.ts";
import type { ShareCard } from "../integrations/share-card.ts";
import type { ClaimPage } from "../integrations/site-state.ts";
import type { SiteViews } from "../integrations/snapshot.ts";

/** What a claim's page is given: its view (of its share card, what the page's head names) and its related fact-checks. */
export interface ClaimProps {
  claim: Omit<ClaimPage, "card"> & { card: Omit<ShareCard, "data"> | undefined };
  related: RelatedClaim[];
}

// What each view gives the pages, made once per view: `astro dev` lists every claim's props again
// after each edit (10 000 claims), and an edit leaves most views as they were (site-state.ts).
const shown = new WeakMap<ClaimPage, ClaimProps["claim"]>();
const links = new WeakMap<ClaimPage, RelatedClaim>();

/** The props of the claim page of `claim`: what it renders, no more (they are serialised for its thread). */
export function claimProps(all: SiteViews, claim: ClaimPage): ClaimProps {
  const page = once(shown, claim, () => {
    // The card's drawing data is the card step's, not the page's.
    const card = claim.card && {
      path: claim.card.path,
      width: claim.card.width,
      height: claim.card.height,
      alt: claim.card.alt,
    };
    return { ...claim, card };
  });
  return { claim: page, related: relatedOf(all, claim.id) };
}

/**
 * A related fact-check as its link shows it, and no more: each claim page carries three of them
 * in its props, which Astro's parallel rendering serialises for the thread that renders it.
 */
export type RelatedClaim = Pick<
  ClaimPage,
  "id" | "lang" | "verdict" | "headline" | "claim" | "verbatim" | "summary" | "claimant"
>;

/** Up to three fact-checks related to the claim `id` (sharing sources, claimant or tags), best first. */
export function relatedOf(all: SiteViews, id: string): RelatedClaim[] {
  return all.related.of(id).flatMap((other) => {
    const view = all.byId.claims.get(other);
    if (!view) return [];
    const link = once(links, view, () => {
      const { lang, verdict, headline, claim, verbatim, summary, claimant } = view;
      return { id: other, lang, verdict, headline, claim, verbatim, summary, claimant };
    });
    return [link];
  });
}
