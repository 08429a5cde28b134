/** Typed access to Citable's collections for the pages, and links under the base path. */
import { base as configBase } from "astro:config/client";
import { getCollection } from "astro:content";
import type { PageView } from "../core/pages/view.ts";
import type {
  ClaimSummary,
  ClaimView,
  SourceSummary,
  SourceView,
  VerdictView,
} from "../core/site/view-model.ts";
import { formatDate as format, translator, type UiLang, withColon } from "../i18n/index.ts";
import type { LoadedSite } from "../integrations/model.ts";
import { views } from "../integrations/views.ts";

/**
 * A collection read once per build: every page asks for the settings and many
 * for the claims, and the content does not change while a build renders. In
 * `astro dev` it does, so there every call reads the store afresh.
 */
function once<T>(read: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    if (!import.meta.env.PROD) return read();
    value ??= read();
    return value;
  };
}

/** The site's settings. */
export const settings = once(async (): Promise<LoadedSite["settings"]> => {
  const [entry] = await getCollection("settings");
  if (!entry) throw new Error("The settings collection is empty.");
  return entry.data as unknown as LoadedSite["settings"];
});

/** Every published fact-check, newest first, as listings show it. */
export const claims = once(async (): Promise<ClaimSummary[]> => {
  const all = (await getCollection("claims")).map((entry) => entry.data as unknown as ClaimSummary);
  return all.sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
});

/** Every archived source, by title, as listings show it. */
export const sources = once(
  async (): Promise<SourceSummary[]> =>
    (await getCollection("sources")).map((entry) => entry.data as unknown as SourceSummary),
);

/** A fact-check's full view, for its page. */
export async function claimView(id: string): Promise<ClaimView> {
  const view = (await views(base)).claims.get(id);
  if (!view) throw new Error(`No fact-check "${id}".`);
  return view;
}

/** A source's full view, for its page. */
export async function sourceView(id: string): Promise<SourceView> {
  const view = (await views(base)).sources.get(id);
  if (!view) throw new Error(`No source "${id}".`);
  return view;
}

/** Up to three fact-checks related to the claim `id` (sharing sources, claimant or tags), best first. */
export async function relatedViews(id: string): Promise<ClaimView[]> {
  const { site, claims } = await views(base);
  return site.model.related(id).flatMap((other) => claims.get(other) ?? []);
}

/** The site's own pages (content/pages/), in footer order. */
export async function sitePages(): Promise<PageView[]> {
  return (await views(base)).site.model.pages;
}

/** Every fact-check's full view, newest first, for the export. */
export async function claimViews(): Promise<ClaimView[]> {
  return (await views(base)).site.model.claims;
}

/** The rating scale, in its order. */
export const verdicts = once(
  async (): Promise<VerdictView[]> =>
    (await getCollection("verdicts")).map((entry) => entry.data as unknown as VerdictView),
);

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
