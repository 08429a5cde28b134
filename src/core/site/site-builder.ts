/**
 * From a checked corpus to the view model the pages render: claims newest
 * first, sources with their passages marked, verdicts in the site's language
 * and in the scale's order.
 * Drafts are verified by the check but left out of the site. A SiteBuilder
 * keeps the views, so that after a change (in `astro dev`) only the claims and
 * sources the change touches are rendered again.
 */
import type { Claim, LocatedCitation } from "../check/claims.ts";
import type { Corpus } from "../check/session.ts";
import type { Source } from "../check/sources.ts";
import { parseMarkdown } from "../content/markdown.ts";
import type { RenderedBody } from "./bodies.ts";
import { claimView, verdictView } from "./claim-view.ts";
import { type PageView, pageViews } from "./own-page-views.ts";
import { newestFirst, type Relatable, RelatedIndex } from "./related.ts";
import { scaleOrder } from "./scale.ts";
import { type RenderedText, renderSourceText, type SourceText } from "./source-text.ts";
import { type Citing, citingBySource, sourceText, sourceView } from "./source-view.ts";
import type { BuildOptions, ClaimView, SourceView, VerdictView } from "./view-model.ts";
import { citationNotice, originalNotice } from "./watch-view.ts";

/** The whole site, ready to render. */
export interface SiteModel {
  claims: ClaimView[];
  sources: SourceView[];
  verdicts: VerdictView[];
  /** The site's own pages, in footer order. */
  pages: PageView[];
  /** The claims related to each claim, computed on the first question. */
  related: RelatedIndex;
}

/** The ids whose views changed. */
export interface ViewChange {
  claims: Set<string>;
  sources: Set<string>;
}

/** The views of a site, built once and updated claim by claim and source by source. */
export class SiteBuilder {
  readonly #options: BuildOptions;
  readonly #claims = new Map<string, ClaimView>();
  readonly #sources = new Map<string, SourceView>();
  /** Each published citation, located in its source, by fragment id. */
  readonly #located = new Map<string, LocatedCitation>();
  #verdicts: VerdictView[] = [];
  #pages: PageView[] = [];
  /**
   * What relating claims reads of each claim, and the index of them, newest first: kept
   * while no claim's sources, claimant, tags or date change, and no claim comes or goes.
   */
  readonly #relatables = new Map<string, Relatable>();
  #related: RelatedIndex | undefined;

  constructor(options: BuildOptions) {
    this.#options = options;
  }

  /**
   * Builds every view; `rendered` holds reasoning already rendered by a worker
   * (bodies.ts), used where it is the rendering of the claim's own body.
   */
  build(corpus: Corpus, rendered?: ReadonlyMap<string, RenderedBody>): void {
    const every = this.#clear(corpus);
    this.#updateSources(corpus, this.#updateClaims(corpus, every, rendered));
  }

  /**
   * {@link build}, the sources' texts rendered by `renderTexts` (on the build's worker pool:
   * source-texts.ts) from what each is rendered from, once the claims' views are built.
   */
  async buildRendering(
    corpus: Corpus,
    rendered: ReadonlyMap<string, RenderedBody> | undefined,
    renderTexts: (
      texts: SourceText[],
      here: (text: SourceText) => RenderedText,
    ) => Promise<ReadonlyMap<string, RenderedText>>,
  ): Promise<void> {
    const every = this.#clear(corpus);
    const sources = this.#updateClaims(corpus, every, rendered);
    const { siteLang } = this.#settings(corpus);
    const citing = this.#citing(sources);
    const texts: SourceText[] = [];
    // This thread renders its share from the Markdown trees the check parsed.
    const trees = new Map<string, Source["tree"]>();
    for (const id of sources) {
      const source = corpus.sources.get(id);
      if (!source) continue;
      trees.set(id, source.tree);
      texts.push(sourceText(source, citing.get(id) ?? [], this.#located, this.#options, siteLang));
    }
    const done = await renderTexts(texts, (text) =>
      renderSourceText(trees.get(text.id) ?? parseMarkdown(text.body), text),
    );
    this.#updateSources(corpus, sources, done, citing);
  }

  /** Builds again the views of the claims and sources in `change`, and of the sources those claims cite. */
  update(
    corpus: Corpus,
    change: ViewChange,
    rendered?: ReadonlyMap<string, RenderedBody>,
  ): ViewChange {
    const sources = this.#updateClaims(corpus, change, rendered);
    this.#updateSources(corpus, sources);
    return { claims: new Set(change.claims), sources };
  }

  /** Forgets every view; the change that builds them all again. */
  #clear(corpus: Corpus): ViewChange {
    this.#claims.clear();
    this.#sources.clear();
    this.#located.clear();
    this.#relatables.clear();
    this.#related = undefined;
    return {
      claims: new Set(corpus.claims.map((claim) => claim.id)),
      sources: new Set(corpus.sources.keys()),
    };
  }

  #settings(corpus: Corpus) {
    const { site, ratings } = corpus;
    if (!site || !ratings) throw new Error("The settings are invalid: run the check first.");
    return { siteLang: site.lang, ratings };
  }

  /** Builds the claims of `change` again; returns the sources to build again: the change's, and those the claims cite or cited. */
  #updateClaims(
    corpus: Corpus,
    change: ViewChange,
    rendered?: ReadonlyMap<string, RenderedBody>,
  ): Set<string> {
    const { siteLang, ratings } = this.#settings(corpus);
    const lang = this.#options.lang;
    this.#verdicts = scaleOrder(ratings.verdicts).map((verdict) =>
      verdictView(verdict, lang, ratings),
    );
    this.#pages = pageViews(corpus.pages, lang);
    const verdictByKey = new Map(this.#verdicts.map((verdict) => [verdict.key, verdict]));
    const claims = new Map(corpus.claims.map((claim) => [claim.id, claim]));
    const sources = new Set(change.sources);

    for (const id of change.claims) {
      for (const citation of this.#claims.get(id)?.citations ?? []) {
        sources.add(citation.source.id);
        this.#located.delete(citation.fragment);
      }
      this.#claims.delete(id);
      const claim: Claim | undefined = claims.get(id);
      if (!claim || claim.data.draft === true) {
        if (this.#relatables.delete(id)) this.#related = undefined;
        continue;
      }
      const view = claimView(claim, corpus.sources, verdictByKey, this.#options, siteLang, {
        rendered: rendered?.get(id),
      });
      for (const cited of view.citations) {
        cited.watch = citationNotice(corpus.watch, cited.source.id, id, cited.id);
      }
      this.#claims.set(id, view);
      this.#relate(view);
      // The view lists citations in reading order, the claim in its file's: match them by id.
      const located = new Map(claim.citations.map((citation) => [citation.id, citation]));
      for (const cited of view.citations) {
        const citation = located.get(cited.id);
        if (!citation) continue;
        sources.add(cited.source.id);
        this.#located.set(cited.fragment, citation);
      }
    }

    return sources;
  }

  /** The citations quoting each of `sources`, of the claims as a full build meets them. */
  #citing(sources: ReadonlySet<string>): Map<string, Citing[]> {
    // By claim id, whatever order changes rebuilt them in.
    const quoting = [...this.#claims.values()].filter((view) =>
      view.citations.some((citation) => sources.has(citation.source.id)),
    );
    return citingBySource(quoting.sort((a, b) => (a.id < b.id ? -1 : 1)));
  }

  /** Builds the views of `sources` again, their texts as `rendered` when given (rendered from `citing`). */
  #updateSources(
    corpus: Corpus,
    sources: ReadonlySet<string>,
    rendered?: ReadonlyMap<string, RenderedText>,
    citing = this.#citing(sources),
  ): void {
    const { siteLang } = this.#settings(corpus);
    for (const id of sources) {
      const source = corpus.sources.get(id);
      if (!source) {
        this.#sources.delete(id);
        continue;
      }
      const view = sourceView(
        source,
        citing.get(id) ?? [],
        this.#located,
        this.#options,
        siteLang,
        rendered?.get(id),
      );
      view.watch = originalNotice(corpus.watch, id);
      this.#sources.set(id, view);
    }
  }

  /** The views, claims newest first and sources by title (then id). */
  model(): SiteModel {
    if (!this.#related) {
      const sorted = [...this.#relatables.values()].sort(newestFirst);
      this.#related = new RelatedIndex(sorted);
    }
    // Kept with the index: the order changes only with a claim's date, or a claim that comes or goes.
    const claims = this.#related.claims.map((claim) => this.#claims.get(claim.id) as ClaimView);
    // The id breaks ties, so that two sources of the same title keep one order
    // whichever of them was loaded or edited first.
    const titles = new Intl.Collator(this.#options.lang);
    const sources = [...this.#sources.values()].sort(
      (a, b) => titles.compare(a.title, b.title) || a.id.localeCompare(b.id),
    );
    return {
      claims,
      sources,
      verdicts: this.#verdicts,
      pages: this.#pages,
      related: this.#related,
    };
  }

  /** Keeps what relating reads of `view`; a claim whose sources, claimant, tags or date changed relates anew. */
  #relate(view: ClaimView): void {
    const next: Relatable = {
      id: view.id,
      published: view.published,
      sources: view.citations.map((citation) => citation.source.id),
      claimant: view.claimant?.slug,
      tags: view.tags.map((tag) => tag.slug),
    };
    const previous = this.#relatables.get(view.id);
    this.#relatables.set(view.id, next);
    if (!previous || JSON.stringify(previous) !== JSON.stringify(next)) this.#related = undefined;
  }
}
