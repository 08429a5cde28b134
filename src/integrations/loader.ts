/**
 * Content-layer loaders for Astro: each collection (claims, sources, verdicts,
 * settings) loads the site into the registry, which checks the content as
 * `npm run check` does. Nothing reads Astro's store: the pages get their data
 * as props and from virtual modules. It holds one entry, the settings, which
 * says the content was loaded; 10 000 claims' entries would only be serialised
 * into Astro's data store and its build. In `astro dev`, the dev loop
 * (dev-reload.ts) applies each change of the content folder to the registry
 * and reloads the pages itself; the store is left as it is, so that Astro
 * neither writes it to disk nor reloads the pages a second time half a second
 * later. The settings' loader says what a change found wrong.
 */
import type { Loader, LoaderContext } from "astro/loaders";
import { type WatchedState, watchStatesLine } from "../core/content/watch-states.ts";
import { count } from "../core/numbers.ts";
import { contentFolder, site as loadSite, onApplied } from "./registry.ts";
import type { AppliedChange, LoadedSite } from "./site-state.ts";

type Collection = "claims" | "sources" | "verdicts" | "settings";

/** A loader for one of Citable's collections. */
export function citableLoader(collection: Collection): Loader {
  return {
    name: `citable-${collection}`,
    load: async (context: LoaderContext) => {
      await fill(collection, context);
      // In `astro dev` (where Astro gives a watcher), the settings' loader says what each change
      // applied by the dev loop (dev-reload.ts) found wrong.
      if (context.watcher && collection === "settings") {
        onApplied("loader", (applied) => {
          update(context, applied).catch((error: Error) => context.logger.error(error.message));
        });
      }
    },
  };
}

function base(context: LoaderContext): string {
  return context.config.base.endsWith("/") ? context.config.base : `${context.config.base}/`;
}

async function fill(collection: Collection, context: LoaderContext): Promise<void> {
  const site = await loadSite(base(context), contentFolder());
  context.store.clear();
  if (collection !== "settings") return;
  say(context, site);
  const data = { ...site.settings };
  context.store.set({ id: "site", data, digest: context.generateDigest(data) });
}

/** The check's warnings, then what it checked and how the sources' originals stand. */
function say(context: LoaderContext, site: LoadedSite): void {
  for (const warning of site.warnings) context.logger.warn(warning);
  context.logger.info(checked(site));
  const watched = watchStatesLine(originals(site));
  if (watched) context.logger.info(watched);
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

/**
 * What the settings' loader says after a change: the check's errors (the pages keep the views
 * made before them), or after a change of the settings, what {@link fill} says.
 */
async function update(context: LoaderContext, applied: AppliedChange) {
  if (applied.kind === "errors") for (const line of applied.lines) context.logger.error(line);
  if (applied.kind === "all") say(context, await loadSite(base(context), contentFolder()));
}
