/**
 * The one place where the Astro build gets its content: the core loads and
 * checks content/ exactly as `npm run check` does, and a content error stops
 * the build with the check's own lines, before any page is written.
 */
import { AstroError } from "astro/errors";
import { formatDiagnostic, hasErrors, loadCorpus } from "../core/index.ts";
import { buildSite, type SiteModel } from "../core/site/build.ts";
import { translator } from "../i18n/index.ts";
import { contentFolder } from "./settings.ts";

/** The checked site, and what the pages need of its settings. */
export interface LoadedSite {
  model: SiteModel;
  settings: {
    name: string;
    description: string;
    lang: "fr" | "en";
    publisher: { name: string; url?: string | undefined };
    scale: { best: number; worst: number };
  };
  warnings: string[];
}

let cached: { key: string; promise: Promise<LoadedSite> } | undefined;

/** Loads the site once per build (per `base`); `invalidate()` forgets it when content changes. */
export function loadSite(base: string, contentDir = contentFolder()): Promise<LoadedSite> {
  const key = `${contentDir}\0${base}`;
  if (!cached || cached.key !== key)
    cached = { key, promise: Promise.resolve().then(() => load(base, contentDir)) };
  return cached.promise;
}

/** Forgets the loaded site, so that the next load reads content/ again. */
export function invalidate(): void {
  cached = undefined;
}

function load(base: string, contentDir: string): LoadedSite {
  const corpus = loadCorpus(contentDir);
  if (hasErrors(corpus.diagnostics) || !corpus.site || !corpus.ratings) {
    const errors = corpus.diagnostics.filter((d) => d.severity === "error").length;
    throw new AstroError(
      `Citable found ${errors} error${errors === 1 ? "" : "s"} in the content; no page was written.`,
      corpus.diagnostics.map(formatDiagnostic).join("\n"),
    );
  }
  const { site, ratings } = corpus;
  const t = translator(site.lang);
  const href = (path: string) => `${base}${path}`;
  const model = buildSite(corpus, {
    lang: site.lang,
    href,
    citedBy: t("source.citedBy"),
    citationLabel: (n) => t("claim.citationRef", { n }),
  });
  return {
    model,
    settings: {
      name: site.name,
      description: site.description,
      lang: site.lang,
      publisher: site.publisher,
      scale: { best: ratings.best, worst: ratings.worst },
    },
    warnings: corpus.diagnostics.map(formatDiagnostic),
  };
}
