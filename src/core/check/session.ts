/**
 * A content folder kept in memory: loaded once, then updated file by file, so
 * that `astro dev` re-checks only what a change touches: an edited claim is
 * checked again; an edited source is loaded again and so is every claim that
 * cites it. A full load gives the same corpus as {@link loadCorpus}.
 */
import { basename, dirname, join, resolve } from "node:path";
import type { ContentFile } from "../content/content-file.ts";
import { type ContentEntry, displayPath, listMarkdown, open } from "../content/content-listing.ts";
import { dayOf } from "../content/dates.ts";
import { type LabelUse, labelUses, labelVariants } from "../content/labels.ts";
import { loadSettings, type Settings } from "../content/settings-files.ts";
import { loadPages, type SitePage } from "../pages/load.ts";
import { type QuotedSource, quotedSource } from "../quote/quoted-source.ts";
import type { Ratings, Site } from "../schema/settings.ts";
import { type Claim, checkClaim } from "./claims.ts";
import { type Diagnostic, sortDiagnostics } from "./diagnostics.ts";
import { loadSource, type Source } from "./sources.ts";

/** Everything in a content folder. */
export interface Corpus {
  /** site.yaml, when valid. */
  site: Site | undefined;
  /** ratings.yaml, when valid. */
  ratings: Ratings | undefined;
  /** The valid sources by id. */
  sources: Map<string, Source>;
  /** The claims without error, in file name order. */
  claims: Claim[];
  /** The site's own pages (content/pages/), valid ones only, by id. */
  pages: SitePage[];
  /** Every problem found, sorted by file and line. */
  diagnostics: Diagnostic[];
  /** How many files were read. */
  files: { sources: number; claims: number };
}

/** What a check can be told besides the folder. */
export interface CheckOptions {
  /** Today, `YYYY-MM-DD`: later dates are refused. Default: today in UTC. */
  today?: string | undefined;
}

/** The ids a change touched; `all` after a change of the settings. */
export type ContentChange =
  | { all: true }
  | { all: false; claims: Set<string>; sources: Set<string> };

interface SourceState {
  diagnostics: Diagnostic[];
  source?: Source | undefined;
  quoted?: QuotedSource | undefined;
  /** Its `published` day, when valid. */
  published?: string | undefined;
  /** False when its body was refused before it could be read. */
  readable?: boolean | undefined;
}

interface ClaimState {
  entry: ContentEntry;
  diagnostics: Diagnostic[];
  claim?: Claim | undefined;
  /** The source ids its citations name, valid or not: what a source change must re-check. */
  cites: Set<string>;
  /** Its tags and claimant, compared across claims. */
  labels: LabelUse[];
}

/** A content folder in memory. */
export class ContentSession {
  readonly dir: string;
  readonly #display: (absolute: string) => string;
  #settings: Settings = { site: undefined, ratings: undefined, diagnostics: [] };
  #listing: Diagnostic[] = [];
  #sourceFiles: ContentEntry[] = [];
  #claimFiles: ContentEntry[] = [];
  readonly #sources = new Map<string, SourceState>();
  /** The sources' searchable texts, which every claim check reads. */
  readonly #quotable = new Map<string, QuotedSource>();
  /** The sources' valid `published` days, which claims' citations are compared with. */
  readonly #sourceDates = new Map<string, string>();
  /** The sources whose body could not be read, which claims are not checked against. */
  readonly #unreadable = new Set<string>();
  readonly #options: CheckOptions;
  readonly #claims = new Map<string, ClaimState>();
  #pages: { pages: SitePage[]; diagnostics: Diagnostic[] } = { pages: [], diagnostics: [] };

  constructor(dir: string, cwd: string = process.cwd(), options: CheckOptions = {}) {
    this.dir = resolve(dir);
    this.#display = displayPath(cwd);
    this.#options = options;
  }

  /** Reads and checks everything. */
  reload(): void {
    this.#settings = loadSettings(this.dir, this.#display(this.dir));
    this.#relist();
    this.#sources.clear();
    this.#quotable.clear();
    this.#sourceDates.clear();
    this.#unreadable.clear();
    this.#claims.clear();
    for (const entry of this.#sourceFiles) this.#setSource(entry.id, this.#loadSource(entry));
    for (const entry of this.#claimFiles) this.#claims.set(entry.id, this.#checkClaim(entry));
    this.#pages = loadPages(this.dir, this.#display);
  }

  /** Takes a change of the file at `absolute` into account and says what it touched. */
  update(absolute: string): ContentChange {
    const path = resolve(absolute);
    const folder = dirname(path);
    if (folder === this.dir || folder === join(this.dir, "pages")) {
      this.reload();
      return { all: true };
    }
    const id = basename(path, ".md");
    const change: ContentChange = { all: false, claims: new Set(), sources: new Set() };
    this.#relist();
    if (folder === join(this.dir, "sources")) {
      change.sources.add(id);
      const entry = this.#sourceFiles.find((candidate) => candidate.id === id);
      this.#setSource(id, entry ? this.#loadSource(entry) : undefined);
      for (const [claimId, state] of this.#claims) {
        if (!state.cites.has(id)) continue;
        this.#claims.set(claimId, this.#checkClaim(state.entry));
        change.claims.add(claimId);
      }
    } else if (folder === join(this.dir, "claims")) {
      change.claims.add(id);
      const entry = this.#claimFiles.find((candidate) => candidate.id === id);
      if (entry) this.#claims.set(id, this.#checkClaim(entry));
      else this.#claims.delete(id);
    }
    return change;
  }

  /** The corpus as it stands. */
  corpus(): Corpus {
    const sources = new Map<string, Source>();
    const diagnostics = [
      ...this.#settings.diagnostics,
      ...this.#listing,
      ...this.#pages.diagnostics,
    ];
    for (const [id, state] of this.#sources) {
      if (state.source) sources.set(id, state.source);
      diagnostics.push(...state.diagnostics);
    }
    const claims: Claim[] = [];
    const labels: LabelUse[] = [];
    for (const state of [...this.#claims.values()].sort((a, b) =>
      a.entry.id < b.entry.id ? -1 : 1,
    )) {
      if (state.claim) claims.push(state.claim);
      diagnostics.push(...state.diagnostics);
      labels.push(...state.labels);
    }
    diagnostics.push(...labelVariants(labels));
    return {
      site: this.#settings.site,
      ratings: this.#settings.ratings,
      sources,
      claims,
      pages: this.#pages.pages,
      diagnostics: sortDiagnostics(diagnostics),
      files: { sources: this.#sourceFiles.length, claims: this.#claimFiles.length },
    };
  }

  #relist(): void {
    this.#listing = [];
    this.#sourceFiles = listMarkdown(join(this.dir, "sources"), this.#display, this.#listing);
    this.#claimFiles = listMarkdown(join(this.dir, "claims"), this.#display, this.#listing);
  }

  #setSource(id: string, state: SourceState | undefined): void {
    if (state) this.#sources.set(id, state);
    else this.#sources.delete(id);
    if (state?.quoted) this.#quotable.set(id, state.quoted);
    else this.#quotable.delete(id);
    if (state?.published) this.#sourceDates.set(id, state.published);
    else this.#sourceDates.delete(id);
    if (state?.readable === false) this.#unreadable.add(id);
    else this.#unreadable.delete(id);
  }

  #loadSource(entry: ContentEntry): SourceState {
    const diagnostics: Diagnostic[] = [];
    const file = open(entry.absolute, entry.path, diagnostics);
    if (!file) return { diagnostics };
    const loaded = loadSource(entry.id, file, this.#options);
    diagnostics.push(...loaded.diagnostics);
    const quoted = quotedSource(entry.id, entry.path, file.raw, loaded.text);
    const published = dayOf((file.data as Record<string, unknown>).published);
    return { diagnostics, source: loaded.source, quoted, published, readable: loaded.readable };
  }

  #checkClaim(entry: ContentEntry): ClaimState {
    const diagnostics: Diagnostic[] = [];
    const file = open(entry.absolute, entry.path, diagnostics);
    if (!file) return { entry, diagnostics, cites: new Set(), labels: [] };
    const verdicts = this.#settings.ratings?.verdicts.map((verdict) => verdict.key) ?? [];
    const checked = checkClaim(entry.id, file, {
      sources: this.#quotable,
      verdicts,
      sourceDates: this.#sourceDates,
      unreadable: this.#unreadable,
      today: this.#options.today,
    });
    diagnostics.push(...checked.diagnostics);
    const cites = citedSources(file);
    return { entry, diagnostics, claim: checked.claim, cites, labels: labelUses(file) };
  }
}

/** The source ids a claim file's citations name, read from its raw front matter. */
function citedSources(file: ContentFile): Set<string> {
  const citations = (file.data as { citations?: unknown }).citations;
  const ids = new Set<string>();
  if (!Array.isArray(citations)) return ids;
  for (const citation of citations) {
    const source = (citation as { source?: unknown } | null)?.source;
    if (typeof source === "string") ids.add(source);
  }
  return ids;
}
