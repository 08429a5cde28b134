/**
 * Content-layer loaders for Astro: each collection (claims, sources, verdicts,
 * settings) gets an entry for each item of the site in the registry. The pages
 * get their data as props and from virtual modules; the store is what tells `astro dev` that something
 * changed: a change under the content folder is applied to the registry, then
 * only the entries whose views it touched are set again. Without a watcher
 * (`astro build`), only the settings entry is stored.
 */
import type { Loader, LoaderContext } from "astro/loaders";
import { type WatchedState, watchStatesLine } from "../core/content/watch-states.ts";
import { count } from "../core/numbers.ts";
import { applyChange, contentFolder, site as loadSite } from "./registry.ts";
import type { AppliedChange, LoadedSite } from "./site-state.ts";

type Collection = "claims" | "sources" | "verdicts" | "settings";
/** An entry: what it stores, and what tells `astro dev` that it changed. */
type Entry = { id: string; data: Record<string, unknown>; changes: Record<string, unknown> };

/**
 * In `astro dev`, claims and sources store nothing but their id and the digest of their
 * summary: nothing reads them from the store, and Astro writes the whole store to disk
 * after every change (with 10 000 summaries, a tenth of a second of each edit).
 */
const entries: Record<Collection, (site: LoadedSite) => Entry[]> = {
  claims: (site) =>
    site.summaries.claims.map((claim) => ({ id: claim.id, data: {}, changes: { ...claim } })),
  sources: (site) =>
    site.summaries.sources.map((source) => ({ id: source.id, data: {}, changes: { ...source } })),
  verdicts: (site) => site.verdicts.map((verdict) => kept(verdict.key, { ...verdict })),
  settings: (site) => [kept("site", { ...site.settings })],
};

function kept(id: string, data: Record<string, unknown>): Entry {
  return { id, data, changes: data };
}

/** A loader for one of Citable's collections. */
export function citableLoader(collection: Collection): Loader {
  return {
    name: `citable-${collection}`,
    load: async (context: LoaderContext) => {
      await fill(collection, context);
      const { watcher } = context;
      if (!watcher) return;
      const folder = contentFolder();
      watcher.add(folder);
      const onChange = async (path: string) => {
        if (!path.startsWith(folder)) return;
        await update(collection, context, await applyChange(path));
      };
      for (const event of ["change", "add", "unlink"]) watcher.on(event, onChange);
    },
  };
}

function base(context: LoaderContext): string {
  return context.config.base.endsWith("/") ? context.config.base : `${context.config.base}/`;
}

async function fill(collection: Collection, context: LoaderContext): Promise<void> {
  const site = await loadSite(base(context), contentFolder());
  if (collection === "settings") {
    for (const warning of site.warnings) context.logger.warn(warning);
    context.logger.info(checked(site));
    context.logger.info(watchStatesLine(originals(site)));
  }
  context.store.clear();
  // Without a watcher (`astro build`, `astro sync`), nothing reads the store: the pages read
  // the registry, and no change will follow. Filling it would only make Astro serialise the
  // summaries of every claim into its data store and its build (seconds and hundreds of MB at
  // 10 000 claims); the settings entry alone says the content was loaded.
  if (!context.watcher && collection !== "settings") return;
  for (const entry of entries[collection](site)) set(context, entry);
}

/**
 * What the content sync did, said once it is done: Astro's own line says only
 * that it synced, after seconds of silence on a large site.
 */
function checked(site: LoadedSite): string {
  const quotes = site.claims.reduce((sum, claim) => sum + claim.citations.length, 0);
  const noun = (n: number, one: string) => `${count(n)} ${one}${n === 1 ? "" : "s"}`;
  const what = `${noun(site.claims.length, "fact-check")} and ${noun(site.sources.length, "source")} checked`;
  if (quotes === 0) return `${what}.`;
  if (quotes === 1) return `${what}: its one quote stands in its source.`;
  return `${what}: each of their ${count(quotes)} quotes stands in its source.`;
}

/** The sources' originals as watch.json last found them; undefined when none was checked. */
function originals(site: LoadedSite): WatchedState[] | undefined {
  const states = site.sources.flatMap(({ watch }) =>
    watch ? [{ state: watch.state, seen: watch.outage?.seen }] : [],
  );
  return states.length > 0 ? states : undefined;
}

async function update(collection: Collection, context: LoaderContext, applied: AppliedChange) {
  if (applied.kind === "errors") {
    if (collection === "settings") for (const line of applied.lines) context.logger.error(line);
    return;
  }
  if (applied.kind === "all") return fill(collection, context);
  if (collection !== "claims" && collection !== "sources") return;
  const site = await loadSite(base(context), contentFolder());
  const summaries = new Map(entries[collection](site).map((entry) => [entry.id, entry]));
  for (const id of collection === "claims" ? applied.claims : applied.sources) {
    const entry = summaries.get(id);
    if (entry) set(context, entry);
    else context.store.delete(id);
  }
}

function set(context: LoaderContext, { id, data, changes }: Entry): void {
  // Digests let `astro dev` skip entries that did not change.
  context.store.set({ id, data, digest: context.generateDigest(changes) });
}
