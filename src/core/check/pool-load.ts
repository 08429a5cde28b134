/**
 * A full load of a content folder shared with a worker pool, as `npm run
 * check` runs it. The claims are cut into one share per thread, this one
 * included. Each thread opens its claims (read, front matter), then prepares
 * sources (Markdown parse, visible text, normalisation) as long as some are
 * left, taking them a few at a time from a counter they share (the workers
 * start later, and finish at the same time all the same); it keeps them.
 * Once every source is prepared, each worker is sent the searchable text of
 * those it lacks (copied: every thread needs every source) and checks its
 * claims against all of them. Of a claim checked in a
 * worker, only what the check keeps comes back: its problems, the sources it
 * cites, its labels and its statement; never its file, so nothing is parsed
 * twice and little crosses threads.
 */
import type { ContentEntry } from "../content/content-listing.ts";
import { today as todayInUtc } from "../content/dates.ts";
import type { Settings } from "../content/settings-files.ts";
import type { WorkerPool } from "../workers/worker-pool.ts";
import { CitedSources } from "./claim-context.ts";
import {
  type CheckedClaim,
  checkOpened,
  type OpenedClaim,
  openClaim,
  reopened,
} from "./claim-files.ts";
import {
  type CheckJob,
  type Opened,
  type OpenJob,
  type SentClaim,
  sourceCounter,
  type TakenSources,
  takeSources,
} from "./load-share.ts";
import { type ClaimStatement, statementOf } from "./own-fact-checks.ts";
import { LOAD_JOBS } from "./pool-start.ts";
import type { PreparedSource } from "./prepared-source.ts";
import type { SourceOptions } from "./sources.ts";

/** What a full load is made of. */
export interface LoadWork {
  sources: ContentEntry[];
  claims: ContentEntry[];
  options: SourceOptions;
  /** The settings: claims are checked against the rating scale. */
  settings: Settings;
}

/** A claim file opened by some thread, with its statement when it could be opened. */
export interface ClaimStatementOf {
  entry: ContentEntry;
  statement: ClaimStatement;
}

/**
 * How much of the claims this thread takes, against each worker's 1 (the
 * sources go to whichever thread is free). This thread searches for likely
 * duplicates while the workers check their claims (at 10 000 claims, about
 * the time to check a fifth of them): it checks fewer claims. Measured on 2
 * cores, with `node --cpu-prof` (docs/performance.md).
 */
export const OWN_SHARES: Shares = { claims: 0.5, sources: true };

/** How a load is shared: this thread's share of the claims, and whether it prepares sources too. */
export interface Shares {
  claims: number;
  /** False: the workers prepare every source (the tests see the sources cross threads). */
  sources: boolean;
}

/**
 * Loads `work` on this thread and `pool`'s workers: every source prepared (in
 * the order of `work.sources`, kept lean: no Markdown tree) and every claim
 * checked (in the order of `work.claims`, kept as the check keeps it).
 * `alongside` is called on this thread with the statement of every claim that
 * could be opened, once it has checked its own claims, while the workers
 * check theirs.
 */
export async function loadOnPool(
  pool: WorkerPool,
  work: LoadWork,
  alongside?: (statements: ClaimStatementOf[]) => void,
  shares = OWN_SHARES,
): Promise<{ sources: PreparedSource[]; claims: CheckedClaim[] }> {
  const key = crypto.randomUUID();
  // One day for every thread, even across midnight.
  const today = work.options.today ?? todayInUtc();
  const options = { ...work.options, today };
  const next = sourceCounter();
  const claimShares = cut(work.claims, shares.claims, pool.size);
  const opening = claimShares.slice(1).map((claims, index) => {
    const job: OpenJob = { key, sources: work.sources, next, claims, options };
    return pool.runOn<Opened>(index, LOAD_JOBS, "openShare", job);
  });
  const ownClaims = (claimShares[0] ?? []).map((entry) => openClaim(entry));
  const own = shares.sources ? takeSources(work.sources, next, options) : undefined;
  const opened = await Promise.all(opening);

  const sources = inFileOrder([...(own ? [own] : []), ...opened]);
  const settings = ratingsOnly(work.settings);
  const checking = opened.map((_, index) => {
    const job: CheckJob = { key, sources: sentTo(sources, opened[index]), settings, today };
    return pool.runOn<SentClaim[]>(index, LOAD_JOBS, "checkShare", job);
  });
  // In the order of the claim files: the shares are cut in that order.
  const statements = [
    ...statementsOf(ownClaims),
    ...opened.flatMap((share, index) => statementsOf(share, claimShares[index + 1])),
  ];
  const cited = new CitedSources();
  for (const source of sources) cited.set(source.id, source);
  const context = cited.context(work.settings, today);
  const ownChecked = ownClaims.map((claim) => ({
    ...checkOpened(claim, context),
    claim: undefined,
  }));
  // This thread's share of the claims is the smaller: the workers are still at theirs.
  alongside?.(statements);
  const checked = await Promise.all(checking);
  const others = checked.flatMap((sent, index) => {
    const entries = claimShares[index + 1] ?? [];
    const statements = opened[index]?.statements ?? [];
    return sent.flatMap((claim, at) => {
      const entry = entries[at];
      return entry ? [revived(entry, claim, statements[at])] : [];
    });
  });
  return { sources, claims: [...ownChecked, ...others] };
}

/** The sources the threads took, in the order of the source files, whichever thread took each. */
export function inFileOrder(taken: readonly TakenSources[]): PreparedSource[] {
  const sources: PreparedSource[] = [];
  for (const { places, sources: prepared } of taken) {
    places.forEach((place, at) => {
      const source = prepared[at];
      if (source) sources[place] = source;
    });
  }
  return sources;
}

/**
 * The sources sent to a worker to check its claims against: every source but
 * those it prepared (`taken`), which it kept and are named by their place in its share.
 */
function sentTo(sources: PreparedSource[], taken: Opened | undefined): CheckJob["sources"] {
  const kept = new Map(taken?.places.map((place, at) => [place, at]));
  return sources.map((source, place) => kept.get(place) ?? source);
}

/** The statements of the claims opened here, or of those a worker opened from `entries`. */
function statementsOf(
  opened: OpenedClaim[] | Opened,
  entries: ContentEntry[] = [],
): ClaimStatementOf[] {
  if (Array.isArray(opened)) {
    return opened.flatMap(({ entry, file }) =>
      file ? [{ entry, statement: statementOf(file.data) }] : [],
    );
  }
  return opened.statements.flatMap((statement, at) => {
    const entry = entries[at];
    return entry && statement ? [{ entry, statement }] : [];
  });
}

/**
 * `entries` cut into contiguous shares, in order: this thread's first (`own`
 * against each worker's 1; none when there is nothing to share), then one per worker.
 */
function cut<T>(entries: T[], own: number, workers: number): T[][] {
  const first = Math.floor((entries.length * own) / (own + workers));
  const each = Math.ceil((entries.length - first) / workers);
  const shares = [entries.slice(0, first)];
  for (let index = 0; index < workers; index++) {
    const start = first + index * each;
    shares.push(entries.slice(start, start + each));
  }
  return shares;
}

/** The settings as claims are checked against them: the rating scale; the rest stays here. */
function ratingsOnly(settings: Settings): Settings {
  return { site: undefined, ratings: settings.ratings, watch: undefined, diagnostics: [] };
}

/** A claim checked in a worker, as the session keeps it; its positions are found again only if asked. */
function revived(
  entry: ContentEntry,
  claim: SentClaim,
  statement: ClaimStatement | undefined,
): CheckedClaim {
  const file = reopened(entry);
  return {
    entry,
    diagnostics: claim.diagnostics,
    valid: claim.valid,
    claim: undefined,
    cites: new Set(claim.cites),
    labels: claim.labels.map((use) => ({ ...use, file })),
    statement,
  };
}
