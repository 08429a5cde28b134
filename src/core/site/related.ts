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
  return new Map(lookup.ordered.map((claim) => [claim.id, relatedTo(claim, lookup, limit)]));
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
      const claim = this.#lookup.byId.get(id);
      answer = claim ? relatedTo(claim, this.#lookup, 3) : [];
      this.#answers.set(id, answer);
    }
    return answer;
  }
}

/** The claims newest first, each one's rank in that order and shared keys, and the claims of each key. */
interface Lookup {
  ordered: Relatable[];
  byId: Map<string, Relatable>;
  rank: Map<string, number>;
  keys: Map<Relatable, Key[]>;
  byKey: Map<string, Relatable[]>;
}

/** A key a claim may share with others (a source, its claimant, a tag) and what sharing it counts. */
interface Key {
  name: string;
  weight: number;
}

function lookupOf(claims: readonly Relatable[]): Lookup {
  const ordered = [...claims].sort(newestFirst);
  const rank = new Map(ordered.map((claim, index) => [claim.id, index]));
  const keys = new Map<Relatable, Key[]>();
  const byKey = new Map<string, Relatable[]>();
  for (const claim of ordered) {
    const own = keysOf(claim);
    keys.set(claim, own);
    for (const key of own) {
      const list = byKey.get(key.name) ?? [];
      list.push(claim);
      byKey.set(key.name, list);
    }
  }
  return { ordered, byId: new Map(ordered.map((claim) => [claim.id, claim])), rank, keys, byKey };
}

/** A claim that shares keys with the one being related: its total weight and its distance in date order. */
interface Candidate {
  id: string;
  score: number;
  distance: number;
}

function relatedTo(claim: Relatable, lookup: Lookup, limit: number): string[] {
  const { rank, keys, byKey } = lookup;
  const scores = new Map<Relatable, number>();
  for (const key of keys.get(claim) ?? keysOf(claim)) {
    for (const other of nearest(byKey.get(key.name) ?? [], claim, rank)) {
      if (other !== claim) scores.set(other, (scores.get(other) ?? 0) + key.weight);
    }
  }
  // The best `limit` of a few hundred candidates, kept in order as they come:
  // sorting them all cost a tenth of a 10 000-claim build's rendering.
  const at = rank.get(claim.id) ?? 0;
  const best: Candidate[] = [];
  for (const [other, score] of scores) {
    const candidate = { id: other.id, score, distance: Math.abs((rank.get(other.id) ?? 0) - at) };
    const last = best[best.length - 1];
    if (best.length === limit && last && !before(candidate, last)) continue;
    let place = best.length;
    while (place > 0 && before(candidate, best[place - 1] as Candidate)) place--;
    best.splice(place, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map((candidate) => candidate.id);
}

/** Whether `a` ranks before `b`: the highest score, then the nearest in date, then by id. */
function before(a: Candidate, b: Candidate): boolean {
  return (b.score - a.score || a.distance - b.distance || a.id.localeCompare(b.id)) < 0;
}

function keysOf(claim: Relatable): Key[] {
  return [
    ...[...new Set(claim.sources)].map((id) => ({ name: `source:${id}`, weight: WEIGHTS.source })),
    ...(claim.claimant ? [{ name: `claimant:${claim.claimant}`, weight: WEIGHTS.claimant }] : []),
    ...[...new Set(claim.tags)].map((tag) => ({ name: `tag:${tag}`, weight: WEIGHTS.tag })),
  ];
}

/** The claims of a key's list (in date order) nearest in date to `claim`. */
function nearest(list: Relatable[], claim: Relatable, rank: Map<string, number>): Relatable[] {
  if (list.length <= NEIGHBOURS) return list;
  const at = rank.get(claim.id) ?? 0;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((rank.get((list[middle] as Relatable).id) ?? 0) < at) low = middle + 1;
    else high = middle;
  }
  const from = Math.max(0, Math.min(low - NEIGHBOURS / 2, list.length - NEIGHBOURS));
  return list.slice(from, from + NEIGHBOURS);
}
