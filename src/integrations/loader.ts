/**
 * Content-layer loaders for Astro: each collection (claims, sources, verdicts,
 * settings) is filled from the core's view model. In `astro dev`, a change under
 * content/ reloads the model and the collections.
 */
import type { Loader, LoaderContext } from "astro/loaders";
import { invalidate, type LoadedSite, loadSite } from "./model.ts";

type Collection = "claims" | "sources" | "verdicts" | "settings";

const entries: Record<
  Collection,
  (site: LoadedSite) => Array<{ id: string; data: Record<string, unknown> }>
> = {
  claims: (site) => site.model.claims.map((claim) => ({ id: claim.id, data: { ...claim } })),
  sources: (site) => site.model.sources.map((source) => ({ id: source.id, data: { ...source } })),
  verdicts: (site) =>
    site.model.verdicts.map((verdict) => ({ id: verdict.key, data: { ...verdict } })),
  settings: (site) => [{ id: "site", data: { ...site.settings } }],
};

/** A loader for one of Citable's collections. */
export function citableLoader(collection: Collection): Loader {
  return {
    name: `citable-${collection}`,
    load: async (context: LoaderContext) => {
      await fill(collection, context);
      context.watcher?.on("change", async (path) => {
        if (!/[/\\]content[/\\]/.test(path)) return;
        invalidate();
        await fill(collection, context);
      });
    },
  };
}

async function fill(collection: Collection, context: LoaderContext): Promise<void> {
  const site = await loadSite(
    context.config.base.endsWith("/") ? context.config.base : `${context.config.base}/`,
  );
  if (collection === "settings") for (const warning of site.warnings) context.logger.warn(warning);
  context.store.clear();
  for (const { id, data } of entries[collection](site)) {
    context.store.set({ id, data, digest: context.generateDigest(data) });
  }
}
