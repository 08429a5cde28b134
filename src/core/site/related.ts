/**
 * Related fact-checks: for each claim, up to three others that share its
 * sources, its claimant or its tags, computed once per build. A shared source
 * weighs most (the same document was checked), then the claimant, then each
 * tag. A tag or a source shared by thousands of claims would make this
 * quadratic: each shared key offers only the claims nearest in date.
 */

/** What relating claims reads of a claim. */
export interface Relatable {
  id: string;
  published: string;
  sources: readonly string[];
  claimant: string | undefined;
  tags: readonly string[];
}

/** The order of a site's claims: newest first, then by id. */
export function newestFirst(
  a: Pick<Relatable, "id" | "published">,
  b: Pick<Relatable, "id" | "published">,
): number {
  return b.published.localeCompare(a.published) || a.id.localeCompare(b.id);
}

/** How much one shared key counts. */
const WEIGHTS = { source: 3, claimant: 2, tag: 1 } as const;
/** How many claims, nearest in date, each shared key offers a claim. */
const NEIGHBOURS = 40;

/**
 * The ids of up to `limit` related claims for each claim, best first: the
 * highest score, then the nearest in date, then by id. A claim that shares
 * nothing with any other has none.
 */
export function relatedClaims(claims: readonly Relatable[], limit = 3): Map<string, string[]> {
  const lookup = lookupOf(claims);
  return new Map(lookup.ordered.map((claim, rank) => [claim.id, relatedTo(rank, lookup, limit)]));
}

/**
 * The related claims of a site, each computed on the first question about it:
 * `astro dev` renders one claim page after an edit, and a build asks for every
 * claim once. Two indexes of the same claims are equal (`claims` is their only
 * visible field).
 */
export class RelatedIndex {
  /** What the index relates: one entry per claim. */
  readonly claims: readonly Relatable[];
  #lookup: Lookup | undefined;
  readonly #answers = new Map<string, string[]>();

  constructor(claims: readonly Relatable[]) {
    this.claims = claims;
  }

  /** The ids of up to three claims related to the claim `id`, best first. */
  of(id: string): string[] {
    let answer = this.#answers.get(id);
    if (!answer) {
      this.#lookup ??= lookupOf(this.claims);
      const rank = this.#lookup.rank.get(id);
      answer = rank === undefined ? [] : relatedTo(rank, this.#lookup, 3);
      this.#answers.set(id, answer);
    }
    return answer;
  }
}

/**
 * The claims newest first (a claim is its rank in that order), and for each
 * claim the keys it shares: each key's weight and the ranks of its claims, in
 * order. `scores` is the scratch of one question, all zeros between questions.
 */
interface Lookup {
  ordered: Relatable[];
  rank: Map<string, number>;
  keys: Array<Array<{ weight: number; ranks: number[] }>>;
  scores: Int32Array;
}

function lookupOf(claims: readonly Relatable[]): Lookup {
  const ordered = [...claims].sort(newestFirst);
  const byKey = new Map<string, number[]>();
  const named = ordered.map((claim, rank) => {
    const own = keysOf(claim);
    for (const { name } of own) {
      const ranks = byKey.get(name) ?? [];
      ranks.push(rank);
      byKey.set(name, ranks);
    }
    return own;
  });
  return {
    ordered,
    rank: new Map(ordered.map((claim, rank) => [claim.id, rank])),
    keys: named.map((own) =>
      own.map(({ name, weight }) => ({ weight, ranks: byKey.get(name) as number[] })),
    ),
    scores: new Int32Array(ordered.length),
  };
}

function relatedTo(at: number, { ordered, keys, scores }: Lookup, limit: number): string[] {
  const touched: number[] = [];
  for (const { weight, ranks } of keys[at] ?? []) {
    const [from, to] = nearest(ranks, at);
    for (let index = from; index < to; index++) {
      const other = ranks[index] as number;
      if (other === at) continue;
      if (scores[other] === 0) touched.push(other);
      scores[other] = (scores[other] as number) + weight;
    }
  }
  // The best `limit` of a few hundred candidates, kept in order as they come:
  // sorting them all cost a tenth of a 10 000-claim build's rendering.
  const best: Candidate[] = [];
  for (const other of touched) {
    const candidate = {
      id: (ordered[other] as Relatable).id,
      score: scores[other] as number,
      distance: Math.abs(other - at),
    };
    scores[other] = 0;
    const last = best[best.length - 1];
    if (best.length === limit && last && !before(candidate, last)) continue;
    let place = best.length;
    while (place > 0 && before(candidate, best[place - 1] as Candidate)) place--;
    best.splice(place, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map((candidate) => candidate.id);
}

/** A claim that shares keys with the one being related: its total weight and its distance in date order. */
interface Candidate {
  id: string;
  score: number;
  distance: number;
}

/** Whether `a` ranks before `b`: the highest score, then the nearest in date, then by id. */
function before(a: Candidate, b: Candidate): boolean {
  return (b.score - a.score || a.distance - b.distance || a.id.localeCompare(b.id)) < 0;
}

/** The keys a claim may share with others (its sources, its claimant, its tags) and what sharing each counts. */
function keysOf(claim: Relatable): Array<{ name: string; weight: number }> {
  return [
    ...[...new Set(claim.sources)].map((id) => ({ name: `source:${id}`, weight: WEIGHTS.source })),
    ...(claim.claimant ? [{ name: `claimant:${claim.claimant}`, weight: WEIGHTS.claimant }] : []),
    ...[...new Set(claim.tags)].map((tag) => ({ name: `tag:${tag}`, weight: WEIGHTS.tag })),
  ];
}

/** The range of a key's ranks (in order) nearest in date to the claim of rank `at`: all of them when they are few. */
function nearest(ranks: number[], at: number): [number, number] {
  if (ranks.length <= NEIGHBOURS) return [0, ranks.length];
  let low = 0;
  let high = ranks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((ranks[middle] as number) < at) low = middle + 1;
    else high = middle;
  }
  const from = Math.max(0, Math.min(low - NEIGHBOURS / 2, ranks.length - NEIGHBOURS));
  return [from, from + NEIGHBOURS];
}
