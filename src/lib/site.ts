/**
 * What the pages, layout and components read of the site. The settings, the
 * rating scale and the site's own pages come from `virtual:citable/config`,
 * the listings' summaries from `virtual:citable/listings`, both written into
 * the build (src/integrations/virtual-modules.ts); the full views only from
 * `virtual:citable/views`, in `getStaticPaths()`, whose props carry each page's
 * view to the thread that renders it. No page reads the registry.
 */
import { base as configBase } from "astro:config/client";
import { siteData } from "virtual:citable/config";
import type { PageView } from "../core/site/own-page-views.ts";
import type { ClaimSummary, SourceSummary, VerdictView } from "../core/site/view-model.ts";
import {
  formatDate as format,
  formatNumber,
  translator,
  type UiLang,
  withColon,
} from "../i18n/index.ts";
import type { LoadedSite } from "../integrations/site-state.ts";
import type { SiteViews } from "../integrations/snapshot.ts";

/** The site's settings. */
export async function settings(): Promise<LoadedSite["settings"]> {
  return (await siteData()).settings;
}

/** The rating scale, in its order: best first, the verdicts outside the scale last. */
export async function verdicts(): Promise<VerdictView[]> {
  return (await siteData()).verdicts;
}

/** The site's own pages (content/pages/), in footer order. */
export async function sitePages(): Promise<PageView[]> {
  return (await siteData()).pages;
}

// The summaries and the views are imported when first asked for (a chunk of their own in the
// build): a thread that renders claim pages never loads the summaries of the whole site. The
// import is kept: resolving a dynamic import again on each of thousands of pages costs more than
// the page's own rendering of the frame.
let listingsModule: Promise<typeof import("virtual:citable/listings")> | undefined;
async function listings() {
  listingsModule ??= import("virtual:citable/listings");
  return (await listingsModule).listings();
}

/** Every published fact-check, newest first, as listings show it. */
export async function claims(): Promise<ClaimSummary[]> {
  return (await listings()).claims;
}

/** Every archived source, by title, as listings show it. */
export async function sources(): Promise<SourceSummary[]> {
  return (await listings()).sources;
}

/**
 * The full views of every fact-check and source, for `getStaticPaths()` only:
 * a page gets the one it renders as props.
 */
export async function views(): Promise<SiteViews> {
  return (await import("virtual:citable/views")).siteViews();
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
