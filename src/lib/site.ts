/**
 * What the pages read of the site, from the registry (src/integrations/registry.ts),
 * and links under the base path.
 */
import { base as configBase } from "astro:config/client";
import type { PageView } from "../core/pages/view.ts";
import type {
  ClaimSummary,
  ClaimView,
  SourceSummary,
  SourceView,
  VerdictView,
} from "../core/site/view-model.ts";
import {
  formatDate as format,
  formatNumber,
  translator,
  type UiLang,
  withColon,
} from "../i18n/index.ts";
import { site } from "../integrations/registry.ts";
import type { LoadedSite } from "../integrations/site-state.ts";

/** The site's settings. */
export async function settings(): Promise<LoadedSite["settings"]> {
  return (await site(base)).settings;
}

/** Every published fact-check, newest first, as listings show it. */
export async function claims(): Promise<ClaimSummary[]> {
  return (await site(base)).summaries.claims;
}

/** Every archived source, by title, as listings show it. */
export async function sources(): Promise<SourceSummary[]> {
  return (await site(base)).summaries.sources;
}

/** A fact-check's full view, for its page. */
export async function claimView(id: string): Promise<ClaimView> {
  const view = (await site(base)).byId.claims.get(id);
  if (!view) throw new Error(`No fact-check "${id}".`);
  return view;
}

/** A source's full view, for its page. */
export async function sourceView(id: string): Promise<SourceView> {
  const view = (await site(base)).byId.sources.get(id);
  if (!view) throw new Error(`No source "${id}".`);
  return view;
}

/** Up to three fact-checks related to the claim `id` (sharing sources, claimant or tags), best first. */
export async function relatedViews(id: string): Promise<ClaimView[]> {
  const loaded = await site(base);
  return loaded.related.of(id).flatMap((other) => loaded.byId.claims.get(other) ?? []);
}

/** The site's own pages (content/pages/), in footer order. */
export async function sitePages(): Promise<PageView[]> {
  return (await site(base)).pages;
}

/** Every fact-check's full view, newest first, for the export. */
export async function claimViews(): Promise<ClaimView[]> {
  return (await site(base)).claims;
}

/** The rating scale, in its order: best first, the verdicts outside the scale last. */
export async function verdicts(): Promise<VerdictView[]> {
  return (await site(base)).verdicts;
}

/**
 * The base path, ending with `/`, from Astro's configuration (not from
 * import.meta.env.BASE_URL, which a BASE_URL variable in the environment overrides).
 */
export const base = configBase.endsWith("/") ? configBase : `${configBase}/`;

/** A link to `path` (relative to the site's root, such as `claims/x/`) under the base path. */
export function href(path = ""): string {
  return `${base}${path.replace(/^\//, "")}`;
}

/** The absolute URL of `path`, for canonical links, feeds and JSON-LD. */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(href(path), site ?? "https://example.org").toString();
}

/** The translator and date format of the site's language. */
export async function i18n() {
  const { lang } = await settings();
  return {
    lang,
    t: translator(lang),
    date: (iso: string) => format(iso, lang as UiLang),
    /** A count as the language writes it (`10\u202f000` in French). */
    number: (value: number) => formatNumber(value, lang as UiLang),
    /** A label and its colon, as the language writes them. */
    colon: (label: string) => withColon(label, lang as UiLang),
  };
}

/** Facets (tags, claimants) with the claims under each, by slug. */
export function group<T extends { slug: string; label: string }>(
  items: ClaimSummary[],
  pick: (claim: ClaimSummary) => T[],
) {
  const groups = new Map<string, { facet: T; claims: ClaimSummary[] }>();
  for (const claim of items) {
    for (const facet of pick(claim)) {
      const group = groups.get(facet.slug) ?? { facet, claims: [] };
      group.claims.push(claim);
      groups.set(facet.slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.facet.label.localeCompare(b.facet.label));
}
