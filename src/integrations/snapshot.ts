/**
 * The checked site's views, written once by the build's main process and read
 * by whichever thread runs the pages' `getStaticPaths()`: with Astro's
 * parallel prerendering, that is a worker thread that shares nothing with the
 * process that loaded the content. Reading the snapshot (V8's own format, a
 * plain copy of the views) takes a fraction of what loading and checking the
 * content again would.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { deserialize, serialize } from "node:v8";
import { type Relatable, RelatedIndex } from "../core/site/related.ts";
import type { SourceView } from "../core/site/view-model.ts";
import type { ClaimPage, LoadedSite } from "./site-state.ts";

/** The views pages are built from, by id. */
export interface SiteViews {
  /** Every fact-check, newest first, with its share card. */
  claims: ClaimPage[];
  /** Every source, by title. */
  sources: SourceView[];
  byId: { claims: Map<string, ClaimPage>; sources: Map<string, SourceView> };
  /** The fact-checks related to each fact-check. */
  related: RelatedIndex;
}

interface Stored {
  claims: ClaimPage[];
  sources: SourceView[];
  relatable: readonly Relatable[];
}

/** Writes the views of `site` to `file`. */
export function writeSnapshot(file: string, site: LoadedSite): void {
  const stored: Stored = {
    claims: site.claims,
    sources: site.sources,
    relatable: site.related.claims,
  };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, serialize(stored));
}

/** Reads the views {@link writeSnapshot} wrote to `file`. */
export function readSnapshot(file: string): SiteViews {
  const { claims, sources, relatable } = deserialize(readFileSync(file)) as Stored;
  return { claims, sources, ...indexed(claims, sources), related: new RelatedIndex(relatable) };
}

/** The views of a loaded site (`astro dev`, where the registry is at hand). */
export function viewsOf(site: LoadedSite): SiteViews {
  return { claims: site.claims, sources: site.sources, byId: site.byId, related: site.related };
}

function indexed(claims: ClaimPage[], sources: SourceView[]): Pick<SiteViews, "byId"> {
  return {
    byId: {
      claims: new Map(claims.map((claim) => [claim.id, claim])),
      sources: new Map(sources.map((source) => [source.id, source])),
    },
  };
}
