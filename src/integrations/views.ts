/**
 * The full views of the checked site (rendered reasoning, marked sources,
 * citations with their context), shared in this process between the content
 * loader that made them and the pages that render them. The content layer's
 * store keeps only summaries: Astro writes and re-reads the store whole on
 * every change in `astro dev`, which on 10 000 claims took seconds. When the
 * pages run where the loader did not (another process), they load the site
 * themselves: slower, never wrong.
 */
import type { ClaimView, SourceView } from "../core/site/view-model.ts";
import { type LoadedSite, loadSite } from "./model.ts";

const KEY = Symbol.for("citable.views");

/** The views by id, as the pages look them up. */
export interface Views {
  site: LoadedSite;
  claims: Map<string, ClaimView>;
  sources: Map<string, SourceView>;
}

type Registry = { [KEY]?: Views };

/** Makes `site` the views the pages render (after a load, and after each change in `astro dev`). */
export function publishViews(site: LoadedSite): void {
  (globalThis as Registry)[KEY] = {
    site,
    claims: new Map(site.model.claims.map((claim) => [claim.id, claim])),
    sources: new Map(site.model.sources.map((source) => [source.id, source])),
  };
}

/** The views the loader published, or the site loaded here for `base`. */
export async function views(base: string): Promise<Views> {
  const published = (globalThis as Registry)[KEY];
  if (published) return published;
  publishViews(await loadSite(base));
  return (globalThis as Registry)[KEY] as Views;
}
