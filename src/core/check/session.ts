/**
 * A content folder kept in memory: the one assembly of the check. It reads
 * the settings, lists the files, prepares each source (here, or some of them
 * in a worker pool), builds what claims are checked against, checks each claim
 * and compares labels across claims. `npm run check`, the build and `astro
 * dev` all use it; in `astro dev` it is then updated file by file: an edited
 * claim is checked again; an edited source is prepared again and so is every
 * claim that cites it.
 */
import { lstatSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type ContentEntry, displayPath, listMarkdown } from "../content/content-listing.ts";
import { labelVariants } from "../content/labels.ts";
import { loadPages, type SitePage } from "../content/own-pages.ts";
import { loadSettings, type Settings } from "../content/settings-files.ts";
import { type Diagnostic, sortDiagnostics } from "../diagnostics/diagnostic.ts";
import type { Ratings, Site } from "../schema/settings.ts";
import type { Watch } from "../schema/watch.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";
import { CitedSources, type ClaimContext } from "./claim-context.ts";
import {
  type CheckedClaim,
  checkOpened,
  type OpenedClaim,
  openClaim,
  reopened,
} from "./claim-files.ts";
import type { Claim } from "./claims.ts";
import { type OwnFactCheck, ownFactCheck } from "./own-fact-checks.ts";
import { type ClaimStatementOf, loadOnPool } from "./pool-load.ts";
import { type PreparedSource, prepareSource, shareSources } from "./prepared-source.ts";
import type { Source, SourceOptions } from "./sources.ts";

/** Everything in a content folder. */
export interface Corpus extends CheckResult {
  /** site.yaml, when valid. */
  site: Site | undefined;
  /** ratings.yaml, when valid. */
  ratings: Ratings | undefined;
  /** watch.json, when present and valid: the last check of the sources' originals. */
  watch?: Watch | undefined;
  /** The valid sources by id. */
  sources: Map<string, Source>;
  /** The claims without error, in file name order. */
  claims: Claim[];
  /** The site's own pages (content/pages/), valid ones only, by id. */
  pages: SitePage[];
}

/** What the check found, and how many files it read. */
export interface CheckResult {
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

/** A content folder in memory. */
export class ContentSession {
  readonly dir: string;
  readonly #display: (absolute: string) => string;
  /** The check's options, and the content folder, where sources' captures are verified. */
  readonly #options: SourceOptions;
  #settings: Settings = { site: undefined, ratings: undefined, watch: undefined, diagnostics: [] };
  #listing: Diagnostic[] = [];
  #sourceFiles: ContentEntry[] = [];
  #claimFiles: ContentEntry[] = [];
  readonly #sources = new Map<string, PreparedSource>();
  readonly #cited = new CitedSources();
  readonly #claims = new Map<string, CheckedClaim>();
  /** The warnings about labels written two ways, kept while no claim's labels change. */
  #labelWarnings: Diagnostic[] | undefined;
  #pages: { pages: SitePage[]; diagnostics: Diagnostic[] } = { pages: [], diagnostics: [] };
  #claimReads = 0;

  constructor(dir: string, cwd: string = process.cwd(), options: CheckOptions = {}) {
    this.dir = resolve(dir);
    this.#display = displayPath(cwd);
    this.#options = { ...options, contentDir: this.dir };
  }

  /** Reads and checks everything in this thread. */
  reload(): void {
    this.#restart();
    const opened = this.#claimFiles.map((entry) => this.#open(entry));
    this.#finish(
      this.#sourceFiles.map((entry) => prepareSource(entry, this.#options)),
      opened,
    );
  }

  /**
   * Reads and checks everything as {@link reload} does, for the site, with
   * `pool`'s workers preparing most sources (sent back ready to render) while
   * this thread reads the claims, each file once: `opened` gets them as soon
   * as they are read (the build has the pool render their bodies).
   */
  async loadForSite(pool: WorkerPool, opened?: (claims: OpenedClaim[]) => void): Promise<void> {
    this.#restart();
    const shared = shareSources(pool, this.#sourceFiles, this.#options, {
      ownShare: SITE_OWN_SHARE,
      rendered: true,
    });
    const claims = this.#claimFiles.map((entry) => this.#open(entry));
    opened?.(claims);
    const here = shared.own.map((entry) => prepareSource(entry, this.#options));
    this.#finish([...here, ...(await shared.others)], claims);
  }

  /**
   * Reads and checks everything, for the check: sources and claims are kept
   * as their problems and what other files are checked against, and
   * {@link corpus} prepares again what rendering needs. `startPool` is told
   * how many files there are; the pool it gives, if any, shares the load
   * (pool-load.ts; it is left open); without one, everything is read in this
   * thread. `alongside` gets this site's fact-checks as soon as every claim
   * is open and this thread has checked its own, while the workers check theirs.
   */
  async load(
    startPool: (files: CheckResult["files"]) => WorkerPool | undefined,
    alongside?: (factChecks: OwnFactCheck[]) => void,
  ): Promise<void> {
    this.#restart();
    const pool = startPool(this.#files());
    if (!pool) {
      this.#finish(
        this.#sourceFiles.map((entry) => prepareSource(entry, this.#options)),
        this.#claimFiles.map((entry) => this.#open(entry)),
        true,
      );
      alongside?.(this.factChecks());
      return;
    }
    const work = {
      sources: this.#sourceFiles,
      claims: this.#claimFiles,
      options: this.#options,
      settings: this.#settings,
    };
    const loaded = await loadOnPool(pool, work, (statements) =>
      alongside?.(this.#factChecksOf(statements)),
    );
    for (const source of loaded.sources) this.#setSource(source.id, source);
    for (const checked of loaded.claims) this.#claims.set(checked.entry.id, checked);
  }

  /** site.yaml, when valid. */
  site(): Site | undefined {
    return this.#settings.site;
  }

  /** This site's fact-checks, in the order of the claim files ("who already checked it"). */
  factChecks(): OwnFactCheck[] {
    const statements = this.#claimFiles.flatMap((entry) => {
      const statement = this.#claims.get(entry.id)?.statement;
      return statement ? [{ entry, statement }] : [];
    });
    return this.#factChecksOf(statements);
  }

  /**
   * Where the `claim` field of a fact-check's file is: its file is read
   * again, since few are asked. Known as soon as the files are listed, so
   * that it can be asked while the claims are still being checked.
   */
  claimPlace(factCheck: OwnFactCheck): { line: number; column: number } {
    const entry = this.#claimFiles.find((listed) => listed.id === factCheck.id);
    return entry ? reopened(entry).field(["claim"]) : { line: 1, column: 1 };
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
    if (!this.#listed(path)) this.#relist();
    if (folder === join(this.dir, "sources")) {
      change.sources.add(id);
      const entry = this.#sourceFiles.find((candidate) => candidate.id === id);
      const citable = this.#cited.has(id);
      this.#setSource(id, entry ? prepareSource(entry, this.#options) : undefined);
      // A source that appears or goes changes the "did you mean" of every unknown source.
      const appeared = citable !== this.#cited.has(id);
      const unknown = (checked: CheckedClaim) =>
        [...checked.cites].some((cited) => !this.#cited.has(cited));
      const context = this.#context();
      for (const [claimId, checked] of this.#claims) {
        if (!checked.cites.has(id) && !(appeared && unknown(checked))) continue;
        this.#setClaim(claimId, checkOpened(this.#open(checked.entry), context));
        change.claims.add(claimId);
      }
    } else if (folder === join(this.dir, "claims")) {
      change.claims.add(id);
      const entry = this.#claimFiles.find((candidate) => candidate.id === id);
      this.#setClaim(id, entry && checkOpened(this.#open(entry), this.#context()));
    }
    return change;
  }

  /** What the check found. */
  result(): CheckResult {
    return { diagnostics: this.#diagnostics(), files: this.#files() };
  }

  /** The corpus as it stands; a source prepared in a worker is prepared again here, to be rendered. */
  corpus(): Corpus {
    const sources = new Map<string, Source>();
    for (const [id, prepared] of this.#sources) {
      let { source } = prepared;
      if (!source && prepared.valid) {
        const entry = this.#sourceFiles.find((candidate) => candidate.id === id);
        source = entry && prepareSource(entry, this.#options).source;
      }
      if (source) sources.set(id, source);
    }
    const context = this.#context();
    const claims = this.#sortedClaims().flatMap((checked) => {
      const claim =
        checked.claim ??
        (checked.valid ? checkOpened(this.#open(checked.entry), context).claim : undefined);
      return claim ? [claim] : [];
    });
    return {
      site: this.#settings.site,
      ratings: this.#settings.ratings,
      watch: this.#settings.watch,
      sources,
      claims,
      pages: this.#pages.pages,
      diagnostics: this.#diagnostics(),
      files: this.#files(),
    };
  }

  /** How many times this thread has read and parsed a claim file for this session. */
  get claimReads(): number {
    return this.#claimReads;
  }

  #open(entry: ContentEntry): OpenedClaim {
    this.#claimReads++;
    return openClaim(entry);
  }

  #factChecksOf(statements: ClaimStatementOf[]): OwnFactCheck[] {
    const { site, ratings } = this.#settings;
    if (!site) return [];
    return statements.flatMap(({ entry, statement }) => {
      const factCheck = ownFactCheck(entry.id, entry.path, statement, site, ratings);
      return factCheck ? [factCheck] : [];
    });
  }

  #restart(): void {
    this.#settings = loadSettings(this.dir, this.#display(this.dir));
    this.#relist();
    this.#sources.clear();
    this.#cited.clear();
    this.#claims.clear();
    this.#labelWarnings = undefined;
    this.#pages = loadPages(this.dir, this.#display);
  }

  #finish(prepared: PreparedSource[], opened: OpenedClaim[], lean = false): void {
    for (const source of prepared) this.#setSource(source.id, source);
    const context = this.#context();
    for (const claim of opened) {
      const checked = checkOpened(claim, context);
      this.#claims.set(claim.entry.id, lean ? { ...checked, claim: undefined } : checked);
    }
  }

  #relist(): void {
    this.#listing = [];
    this.#sourceFiles = listMarkdown(join(this.dir, "sources"), this.#display, this.#listing);
    this.#claimFiles = listMarkdown(join(this.dir, "claims"), this.#display, this.#listing);
  }

  /**
   * Whether `path` is a listed file that is still a plain file: its edit
   * leaves the folder's listing as it was, and 10 000 names need not be read again.
   */
  #listed(path: string): boolean {
    const listed = (entry: ContentEntry) => entry.absolute === path;
    if (!this.#claimFiles.some(listed) && !this.#sourceFiles.some(listed)) return false;
    try {
      return lstatSync(path).isFile();
    } catch {
      return false;
    }
  }

  /** Keeps a claim checked again (or forgets it); its labels' warnings are made again if they changed. */
  #setClaim(id: string, checked: CheckedClaim | undefined): void {
    const before = this.#claims.get(id);
    if (checked) this.#claims.set(id, checked);
    else this.#claims.delete(id);
    if (labelsOf(before) !== labelsOf(checked)) this.#labelWarnings = undefined;
  }

  #setSource(id: string, prepared: PreparedSource | undefined): void {
    if (prepared) this.#sources.set(id, prepared);
    else this.#sources.delete(id);
    this.#cited.set(id, prepared);
  }

  #context(): ClaimContext {
    return this.#cited.context(this.#settings, this.#options.today);
  }

  #sortedClaims(): CheckedClaim[] {
    return [...this.#claims.values()].sort((a, b) => (a.entry.id < b.entry.id ? -1 : 1));
  }

  #diagnostics(): Diagnostic[] {
    const diagnostics = [
      ...this.#settings.diagnostics,
      ...this.#listing,
      ...this.#pages.diagnostics,
    ];
    for (const prepared of this.#sources.values()) diagnostics.push(...prepared.diagnostics);
    const claims = this.#sortedClaims();
    for (const checked of claims) diagnostics.push(...checked.diagnostics);
    this.#labelWarnings ??= labelVariants(claims.flatMap((checked) => checked.labels));
    diagnostics.push(...this.#labelWarnings);
    return sortDiagnostics(diagnostics);
  }

  #files(): CheckResult["files"] {
    return { sources: this.#sourceFiles.length, claims: this.#claimFiles.length };
  }
}

/**
 * The share of the sources this thread prepares for the site, against each
 * worker's 1. The workers then render every claim's reasoning, the larger
 * part (at 10 000 claims, 6.7 s of a core against 4.5 s for all the sources
 * and 1.9 s to check the claims), which must be done when this thread builds
 * the views.
 */
const SITE_OWN_SHARE = 5;

/** A claim's labels as the label check reads them: kind, spelling, file and place. */
function labelsOf(checked: CheckedClaim | undefined): string {
  if (!checked) return "";
  const uses = checked.labels.map((use) => [
    use.kind,
    use.label,
    use.file.path,
    use.file.field(use.path),
  ]);
  return JSON.stringify(uses);
}
