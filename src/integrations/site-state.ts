/**
 * The checked site of one content folder and base path, as the pages need it:
 * the core's session loads and checks the content exactly as `npm run check`
 * does (a content error stops the build with the check's own lines, before any
 * page is written), and the site builder makes the views. In `astro dev`, a
 * changed file updates only the views it touches. Held by the registry.
 */
import { AstroError } from "astro/errors";
import { ContentSession, type Corpus } from "../core/check/session.ts";
import { loadSettings } from "../core/content/settings-files.ts";
import { hasErrors } from "../core/diagnostics/diagnostic.ts";
import { formatDiagnostic } from "../core/diagnostics/format.ts";
import type { Partner, ShareCardMode } from "../core/schema/settings.ts";
import { bodyInput, type RenderedBody, renderBodiesOnPool } from "../core/site/bodies.ts";
import type { PageView } from "../core/site/own-page-views.ts";
import type { RelatedIndex } from "../core/site/related.ts";
import { SiteBuilder } from "../core/site/site-builder.ts";
import { renderSourceTextsOnPool } from "../core/site/source-texts.ts";
import {
  type ClaimSummary,
  type ClaimView,
  claimSummary,
  type SourceSummary,
  type SourceView,
  sourceSummary,
  type VerdictView,
} from "../core/site/view-model.ts";
import { WorkerPool } from "../core/workers/worker-pool.ts";
import { translator } from "../i18n/index.ts";
import { once } from "./once.ts";
import { claimShareCard, type ShareCard } from "./share-card.ts";

/** A fact-check's view with its share card: what its page renders. */
export interface ClaimPage extends ClaimView {
  /** The card its link preview shows, built once here; none when the site draws none. */
  card: ShareCard | undefined;
}

/** The checked site: its views, summaries and settings, as the pages read them. */
export interface LoadedSite {
  /** Every published fact-check, newest first. */
  claims: ClaimPage[];
  /** Every source, by title. */
  sources: SourceView[];
  /** The rating scale, in its order. */
  verdicts: VerdictView[];
  /** The same fact-checks and sources as listings show them. */
  summaries: { claims: ClaimSummary[]; sources: SourceSummary[] };
  /** The site's own pages (content/pages/), in footer order. */
  pages: PageView[];
  /** The fact-checks related to each fact-check (sharing sources, claimant or tags). */
  related: RelatedIndex;
  /** The views by id, for their pages. */
  byId: { claims: Map<string, ClaimPage>; sources: Map<string, SourceView> };
  settings: {
    name: string;
    description: string;
    lang: "fr" | "en";
    publisher: { name: string; url?: string | undefined };
    scale: { best: number; worst: number };
    /** Where readers report an error: an e-mail address or an http(s) address. */
    errorReport: string | undefined;
    /** What a claim's link preview shows: a card per claim, per verdict, or none. */
    shareCards: ShareCardMode;
    /** The partner sites whose indexes search merges (site.yaml's `network`). */
    network: Partner[];
  };
  /** The check's warnings, as printed. */
  warnings: string[];
}

/** What a change of a content file did to the views. */
export type AppliedChange =
  | { kind: "all" }
  | { kind: "some"; claims: Set<string>; sources: Set<string> }
  | { kind: "errors"; lines: string[] };

/** A content folder loaded for a base path: the session, the views, and the site made of them. */
export interface SiteState {
  dir: string;
  session: ContentSession;
  builder: SiteBuilder;
  site: LoadedSite;
  /** Views a change touched while the content had errors: built once it has none. */
  pending: { claims: Set<string>; sources: Set<string> };
  /** The share cards `citable()` asked for, over site.yaml's. */
  cards: ShareCardMode | undefined;
  /** What the site made of each view, kept with it. */
  made: Made;
}

/**
 * What {@link siteOf} made of each view (its page with its share card, its
 * summary), kept while the builder keeps that view: after an edit in `astro
 * dev`, only the views the edit made again get a new card and summary. At
 * 10 000 claims, drawing up and hashing every card again took most of an
 * edit's time. Made anew when the settings change.
 */
interface Made {
  claims: WeakMap<ClaimView, { page: ClaimPage; summary: ClaimSummary }>;
  sources: WeakMap<SourceView, SourceSummary>;
}

const nothingMade = (): Made => ({ claims: new WeakMap(), sources: new WeakMap() });

/** Loads and checks `dir` and builds its views with links under `base`; content errors throw. */
export function loadState(base: string, dir: string, cards?: ShareCardMode): SiteState {
  const session = new ContentSession(dir);
  session.reload();
  return stateOf(base, session, cards);
}

/**
 * {@link loadState} on every core: a worker pool prepares most sources while
 * this thread reads each claim file (once), then renders the claims'
 * reasoning while this thread checks the content (src/core/site/bodies.ts),
 * then, once the claims' views are built, renders the sources' texts with this
 * thread (src/core/site/source-texts.ts). The same views.
 */
export async function loadStateInParallel(
  base: string,
  dir: string,
  cards?: ShareCardMode,
): Promise<SiteState> {
  const lang = loadSettings(dir, "content").site?.lang ?? "fr";
  const label = translator(lang)("claim.citationRef", { n: "{n}" });
  const pool = new WorkerPool();
  try {
    const session = new ContentSession(dir);
    let bodies = Promise.resolve(new Map<string, RenderedBody>());
    await session.loadForSite(pool, (opened) => {
      const claims = opened.flatMap(({ entry, file }) => {
        const input = file && bodyInput(entry.id, file);
        return input ? [input] : [];
      });
      bodies = renderBodiesOnPool(pool, { claims, label, lang });
    });
    const rendered = await bodies;
    // The sources' texts on the pool's threads and this one, once the claims' views are built.
    const build = (builder: SiteBuilder, corpus: Corpus, site: string) =>
      builder.buildRendering(corpus, site === lang ? rendered : undefined, (texts, here) =>
        renderSourceTextsOnPool(pool, texts, here),
      );
    return await stateOfBuilt(base, session, cards, build);
  } finally {
    await pool.close();
  }
}

function stateOf(
  base: string,
  session: ContentSession,
  cards: ShareCardMode | undefined,
): SiteState {
  const { corpus, builder } = builderOf(base, session);
  builder.build(corpus);
  return stateWith(session, builder, corpus, cards);
}

/** {@link stateOf}, the views built by `build`. */
async function stateOfBuilt(
  base: string,
  session: ContentSession,
  cards: ShareCardMode | undefined,
  build: (builder: SiteBuilder, corpus: Corpus, lang: string) => Promise<void>,
): Promise<SiteState> {
  const { corpus, builder, lang } = builderOf(base, session);
  await build(builder, corpus, lang);
  return stateWith(session, builder, corpus, cards);
}

/** The checked corpus of `session` and a builder of its views; content errors throw. */
function builderOf(base: string, session: ContentSession) {
  const corpus = session.corpus();
  if (hasErrors(corpus.diagnostics) || !corpus.site || !corpus.ratings) {
    const errors = corpus.diagnostics.filter((d) => d.severity === "error").length;
    throw new AstroError(
      `Citable found ${errors} error${errors === 1 ? "" : "s"} in the content; no page was written.`,
      corpus.diagnostics.map(formatDiagnostic).join("\n"),
    );
  }
  const { lang } = corpus.site;
  const t = translator(lang);
  const builder = new SiteBuilder({
    lang,
    href: (path: string) => `${base}${path}`,
    citedBy: (count) => t("source.citedBy", { count }),
    notesLabel: t("source.notes"),
    citationLabel: (n) => t("claim.citationRef", { n }),
  });
  return { corpus, builder, lang };
}

function stateWith(
  session: ContentSession,
  builder: SiteBuilder,
  corpus: Corpus,
  cards: ShareCardMode | undefined,
): SiteState {
  const pending = { claims: new Set<string>(), sources: new Set<string>() };
  const made = nothingMade();
  const site = siteOf(corpus, builder, cards, made);
  return { dir: session.dir, session, builder, site, pending, cards, made };
}

/** Takes a change of the file at `path` into `state`. */
export function applyToState(state: SiteState, path: string): AppliedChange {
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
    state.made = nothingMade();
    state.site = siteOf(corpus, state.builder, state.cards, state.made);
    return { kind: "all" };
  }
  const views = state.builder.update(corpus, state.pending);
  state.pending = { claims: new Set(), sources: new Set() };
  state.site = siteOf(corpus, state.builder, state.cards, state.made);
  return { kind: "some", ...views };
}

function siteOf(
  corpus: Corpus,
  builder: SiteBuilder,
  cards: ShareCardMode | undefined,
  made: Made,
): LoadedSite {
  const { site, ratings } = corpus;
  if (!site || !ratings) throw new Error("The settings are invalid: run the check first.");
  const model = builder.model();
  const { sources, verdicts, pages, related } = model;
  const mode = cards ?? site.shareCards;
  const claimsMade = model.claims.map((view) =>
    once(made.claims, view, () => {
      const page = { ...view, card: claimShareCard(view, site, mode) };
      return { page, summary: claimSummary(page) };
    }),
  );
  const claims = claimsMade.map(({ page }) => page);
  const sourceSummaries = sources.map((view) =>
    once(made.sources, view, () => sourceSummary(view)),
  );
  return {
    claims,
    sources,
    verdicts,
    pages,
    related,
    summaries: { claims: claimsMade.map(({ summary }) => summary), sources: sourceSummaries },
    byId: {
      claims: new Map(claims.map((claim) => [claim.id, claim])),
      sources: new Map(sources.map((source) => [source.id, source])),
    },
    settings: {
      name: site.name,
      description: site.description,
      lang: site.lang,
      publisher: site.publisher,
      scale: { best: ratings.best, worst: ratings.worst },
      errorReport: site.errorReport,
      shareCards: mode,
      network: site.network,
    },
    warnings: corpus.diagnostics.map(formatDiagnostic),
  };
}
