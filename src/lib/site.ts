/** Typed access to Citable's collections for the pages, and links under the base path. */
import { base as configBase } from "astro:config/client";
import { getCollection } from "astro:content";
import type { ClaimView, SourceView, VerdictView } from "../core/site/model.ts";
import { formatDate as format, translator, type UiLang } from "../i18n/index.ts";
import type { LoadedSite } from "../integrations/model.ts";

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

/** Every published fact-check, newest first. */
export const claims = once(async (): Promise<ClaimView[]> => {
  const all = (await getCollection("claims")).map((entry) => entry.data as unknown as ClaimView);
  return all.sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
});

/** Every archived source, by title. */
export const sources = once(async (): Promise<SourceView[]> =>
  (await getCollection("sources")).map((entry) => entry.data as unknown as SourceView),
);

/** The rating scale, in its order. */
export const verdicts = once(async (): Promise<VerdictView[]> =>
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
  return { lang, t: translator(lang), date: (iso: string) => format(iso, lang as UiLang) };
}

/** Facets (tags, claimants) with the claims under each, by slug. */
export function group<T extends { slug: string; label: string }>(
  items: ClaimView[],
  pick: (claim: ClaimView) => T[],
) {
  const groups = new Map<string, { facet: T; claims: ClaimView[] }>();
  for (const claim of items) {
    for (const facet of pick(claim)) {
      const group = groups.get(facet.slug) ?? { facet, claims: [] };
      group.claims.push(claim);
      groups.set(facet.slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.facet.label.localeCompare(b.facet.label));
}
