/**
 * The one place where the Astro build gets its content: the core loads and
 * checks content/ exactly as `npm run check` does, and a content error stops
 * the build with the check's own lines, before any page is written. In
 * `astro dev`, a changed file updates only the views it touches.
 */
import { statSync } from "node:fs";
import { AstroError } from "astro/errors";
import { hasErrors } from "../core/check/diagnostics.ts";
import { formatDiagnostic } from "../core/check/format.ts";
import type { Corpus } from "../core/check/session.ts";
import { ContentSession } from "../core/check/session.ts";
import { SiteBuilder, type SiteModel } from "../core/site/site-builder.ts";
import { translator } from "../i18n/index.ts";
import { contentFolder } from "./deployment.ts";
import { publishViews } from "./views.ts";

/** The checked site, and what the pages need of its settings. */
export interface LoadedSite {
  model: SiteModel;
  settings: {
    name: string;
    description: string;
    lang: "fr" | "en";
    publisher: { name: string; url?: string | undefined };
    scale: { best: number; worst: number };
    /** Where readers report an error: an e-mail address or an http(s) address. */
    errorReport: string | undefined;
  };
  warnings: string[];
}

/** What a change of a content file did to the views. */
export type AppliedChange =
  | { kind: "all" }
  | { kind: "some"; claims: Set<string>; sources: Set<string> }
  | { kind: "errors"; lines: string[] };

interface State {
  session: ContentSession;
  builder: SiteBuilder;
  site: LoadedSite;
  /** Views a change touched while the content had errors: built once it has none. */
  pending: { claims: Set<string>; sources: Set<string> };
}

let current: { key: string; state: Promise<State> } | undefined;
let lastChange: { token: string; result: Promise<AppliedChange> } | undefined;

/** Loads the site once per process (per content folder and base). */
export async function loadSite(base: string, contentDir = contentFolder()): Promise<LoadedSite> {
  const key = `${contentDir}\0${base}`;
  if (!current || current.key !== key) {
    current = { key, state: Promise.resolve().then(() => load(base, contentDir)) };
  }
  return (await current.state).site;
}

/**
 * Takes a change of the file at `path` into account, once however many
 * collections ask (the token is the path and its modification time).
 */
export function applyChange(path: string): Promise<AppliedChange> {
  let mtime = "gone";
  try {
    mtime = String(statSync(path).mtimeMs);
  } catch {
    // Deleted: the session drops it.
  }
  const token = `${path}\0${mtime}`;
  if (lastChange?.token !== token) {
    lastChange = { token, result: apply(path) };
  }
  return lastChange.result;
}

async function apply(path: string): Promise<AppliedChange> {
  if (!current) return { kind: "errors", lines: [] };
  const state = await current.state;
  const change = state.session.update(path);
  const corpus = state.session.corpus();
  if (change.all) {
    state.pending.claims.clear();
    state.pending.sources.clear();
  } else {
    for (const id of change.claims) state.pending.claims.add(id);
    for (const id of change.sources) state.pending.sources.add(id);
  }
  if (hasErrors(corpus.diagnostics) || !corpus.site || !corpus.ratings) {
    return { kind: "errors", lines: corpus.diagnostics.map(formatDiagnostic) };
  }
  if (change.all) {
    state.builder.build(corpus);
    state.site = siteOf(corpus, state.builder);
    publishViews(state.site);
    return { kind: "all" };
  }
  const views = state.builder.update(corpus, state.pending);
  state.pending = { claims: new Set(), sources: new Set() };
  state.site = siteOf(corpus, state.builder);
  publishViews(state.site);
  return { kind: "some", ...views };
}

function load(base: string, contentDir: string): State {
  const session = new ContentSession(contentDir);
  session.reload();
  const corpus = session.corpus();
  if (hasErrors(corpus.diagnostics) || !corpus.site || !corpus.ratings) {
    const errors = corpus.diagnostics.filter((d) => d.severity === "error").length;
    throw new AstroError(
      `Citable found ${errors} error${errors === 1 ? "" : "s"} in the content; no page was written.`,
      corpus.diagnostics.map(formatDiagnostic).join("\n"),
    );
  }
  const t = translator(corpus.site.lang);
  const builder = new SiteBuilder({
    lang: corpus.site.lang,
    href: (path: string) => `${base}${path}`,
    citedBy: (count) => t("source.citedBy", { count }),
    notesLabel: t("source.notes"),
    citationLabel: (n) => t("claim.citationRef", { n }),
  });
  builder.build(corpus);
  const site = siteOf(corpus, builder);
  publishViews(site);
  return {
    session,
    builder,
    site,
    pending: { claims: new Set(), sources: new Set() },
  };
}

function siteOf(corpus: Corpus, builder: SiteBuilder): LoadedSite {
  const { site, ratings } = corpus;
  if (!site || !ratings) throw new Error("The settings are invalid: run the check first.");
  return {
    model: builder.model(),
    settings: {
      name: site.name,
      description: site.description,
      lang: site.lang,
      publisher: site.publisher,
      scale: { best: ratings.best, worst: ratings.worst },
      errorReport: site.errorReport,
    },
    warnings: corpus.diagnostics.map(formatDiagnostic),
  };
}
