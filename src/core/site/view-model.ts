/**
 * What the pages render: plain, serialisable data and HTML made by the core,
 * so that an Astro page is a loop and a template. Paths are relative to the
 * site's base (`claims/x/`); the pages prefix them.
 */

import type { ClaimantKind } from "../schema/claim.ts";
import type { VerdictIcon } from "../schema/settings.ts";
import type { CaptureLink } from "./capture-link.ts";
import type { CitationNotice, OriginalNotice } from "./watch-view.ts";

/** A verdict of the rating scale, in the site's language. */
export interface VerdictView {
  /** The key claims write, such as `plutot-vrai`. */
  key: string;
  /** The label in the site's language, such as `Plutôt vrai`. */
  label: string;
  /** What it means, in the site's language. */
  description: string;
  /** The badge colour. */
  color: string;
  /** Its place on the numeric scale, when it has one. */
  value: number | undefined;
  /** The icon beside its label. */
  icon: VerdictIcon;
  /** Its rank on the scale, 1 for the best; undefined for a verdict outside the scale. */
  position: number | undefined;
  /** How many verdicts the scale has (those with a value). */
  of: number;
}

/** A claimant, with the slug of its listing page and what it is. */
export interface Claimant extends Facet {
  /** A person, an organisation, or an anonymous origin (« Message viral »). */
  kind: ClaimantKind;
}

/** A tag or a claimant, with the slug of its listing page. */
export interface Facet {
  /** As written in the claims. */
  label: string;
  /** Lowercase ASCII slug, such as `cour-d-appel`. */
  slug: string;
}

/** A source as a citation card shows it. */
export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  published: string;
  url: string | undefined;
  /** The source's language (default: the site's), so that a quote in another language than the page is tagged with its own. */
  lang: string;
}

/** One citation of a claim, located in its source. */
export interface CitationView {
  /** The citation's id within its claim. */
  id: string;
  /** The quote as written in the claim. */
  quote: string;
  /**
   * The quote in the source's own characters (its no-break spaces, its apostrophes), parts joined
   * by « […] »: what the quotation card shows, since a quote may differ from its source in
   * presentation only.
   */
  shown: string;
  /** The citation's note, if any. */
  note: string | undefined;
  /** The cited source. */
  source: SourceRef;
  /** The id of the passage on the source page: `#<fragment>`. */
  fragment: string;
  /** Link to the original at the same passage (a URL text fragment), when the source has a url. */
  originalUrl: string | undefined;
  /** The quoted passage's parts as they stand in the source's visible text. */
  /** Each part: its text, 32 characters of context, and its place in code points of the visible text. */
  parts: Array<{ exact: string; prefix: string; suffix: string; start: number; end: number }>;
  /** Set when the live original no longer has this passage (from watch.json). */
  watch?: CitationNotice | undefined;
}

/** A correction of a published fact-check. */
export interface CorrectionView {
  date: string;
  note: string;
  /** The verdict before this correction, when it changed the verdict. */
  previousVerdict?: Pick<VerdictView, "key" | "label"> | undefined;
}

/** Where and when a claim was made. */
export interface AppearanceView {
  /** The platform or outlet, such as X. */
  platform: string;
  /** When it was published there: its own date, or the claim's. */
  date: string | undefined;
  /** The address of the post or article, when recorded. */
  url: string | undefined;
  /** The address of an archived copy, when one was made. */
  archived: string | undefined;
}

/** A fact-check, ready to render. */
export interface ClaimView {
  id: string;
  /** The editors' title that states the finding, when they wrote one. */
  headline: string | undefined;
  /** The claim as written in the claim file, without added quote marks. */
  claim: string;
  /** Whether `claim` is the claimant's own words (quoted) or a paraphrase. */
  verbatim: boolean;
  claimant: Claimant | undefined;
  claimDate: string | undefined;
  appearance: AppearanceView | undefined;
  verdict: VerdictView;
  summary: string;
  published: string;
  updated: string | undefined;
  authors: string[];
  tags: Facet[];
  lang: string;
  /** Oldest first. */
  corrections: CorrectionView[];
  /** The reasoning as HTML; `[@id]` became links to the citation cards (`#citation-<id>`). */
  bodyHtml: string;
  /** In reading order: the order in which the reasoning first refers to them. */
  citations: CitationView[];
}

/** A claim citing a passage of a source. */
export interface PassageCitation {
  claimId: string;
  claim: string;
  citationId: string;
  verdict: VerdictView;
}

/** A source page, ready to render. */
export interface SourceView {
  id: string;
  title: string;
  publisher: string;
  published: string;
  archived: string | undefined;
  url: string | undefined;
  lang: string;
  author: string[];
  note: string | undefined;
  /** The live original's state when last checked (from watch.json). */
  watch?: OriginalNotice | undefined;
  /** The original bytes the text was imported from, when recorded. */
  capture: CaptureLink | undefined;
  /** The archived text as HTML, every cited passage wrapped in `<mark data-quote>`. */
  html: string;
  /** The fields the copy did not record (a publisher written "Non renseigné" counts), for one plain line. */
  unrecorded: Array<"publisher" | "author" | "url" | "archived">;
  /** Whether the editors wrote the title because the copy carries none. */
  titleByEditor: boolean;
  /** Each cited passage, in reading order, with its note number and the claims that cite it. */
  passages: Array<{
    /** The fragments that quote it: one per citation, several when fact-checks quote the same words. */
    fragments: string[];
    number: number;
    citations: PassageCitation[];
  }>;
}

/**
 * What the content layer stores of a claim: what listings, the feed and the
 * search page's filters need. The full view stays in memory (see
 * src/integrations/views.ts): the store is written and read whole on every
 * change in `astro dev`, so it holds only what is small.
 */
export interface ClaimSummary {
  id: string;
  headline: string | undefined;
  claim: string;
  verbatim: boolean;
  claimant: Claimant | undefined;
  claimDate: string | undefined;
  verdict: Pick<VerdictView, "key" | "label">;
  summary: string;
  published: string;
  updated: string | undefined;
  tags: Facet[];
  lang: string;
  /** The latest correction, when there is one: listings flag it, the feed says what it changed. */
  corrected: CorrectionView | undefined;
  /** Every correction, oldest first: the corrections log lists them. */
  corrections: CorrectionView[];
}

/** What the content layer stores of a source. */
export interface SourceSummary {
  id: string;
  title: string;
  publisher: string;
  published: string;
  /** How many quoted passages its page marks. */
  passages: number;
}

/** The summary of a claim's view. */
export function claimSummary(view: ClaimView): ClaimSummary {
  const { id, headline, claim, verbatim, claimant, claimDate, summary, published, updated } = view;
  const { tags, lang } = view;
  const verdict = { key: view.verdict.key, label: view.verdict.label };
  return {
    id,
    headline,
    claim,
    verbatim,
    claimant,
    claimDate,
    verdict,
    summary,
    published,
    updated,
    tags,
    lang,
    corrected: view.corrections.at(-1),
    corrections: view.corrections,
  };
}

/** The summary of a source's view. */
export function sourceSummary(view: SourceView): SourceSummary {
  const { id, title, publisher, published } = view;
  return { id, title, publisher, published, passages: view.passages.length };
}

/** What building needs besides the corpus. */
export interface BuildOptions {
  /** The interface language. */
  lang: "fr" | "en";
  /** Turns a path relative to the site's base (`claims/x/`) into a link. */
  href: (path: string) => string;
  /** "Cité par 2 vérifications": the summary of the notes of a block, from their number. */
  citedBy: (count: number) => string;
  /** The accessible name of a block's notes, such as "Vérifications qui citent ce passage". */
  notesLabel: string;
  /** The accessible name of a numbered `[@id]` link. */
  citationLabel: (number: number) => string;
}
