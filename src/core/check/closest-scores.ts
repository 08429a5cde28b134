/**
 * MiniSearch's BM25+ scores of a claim against a few of the indexed
 * fact-checks, computed for those alone. MiniSearch scores a query word
 * against every fact-check that holds it, even those it is told not to score
 * (it asks about each): at 10 000 claims, the words nearly every claim holds
 * ("la", "de") made 100 searches for likely duplicates cost a second of a
 * core, though a few dozen fact-checks each could be close enough
 * (closest-candidates.ts). Here each candidate is looked up instead.
 *
 * The scores are MiniSearch's own, to the last bit, in its order: the same
 * formula, the same additions in the same order, the same running average of
 * the claims' lengths (which MiniSearch updates as the claim searched is added
 * and removed, and which drifts by a rounding each time), the same sort. The
 * tests compare both on every run (`pruned: false` searches with MiniSearch).
 */
import MiniSearch from "minisearch";
import { type Analysis, BM25 } from "./closest-candidates.ts";

/** A fact-check as a search found it, as MiniSearch gives it: its key, and its score. */
export interface Scored {
  id: number;
  score: number;
}

/** The fact-checks that hold a word, by key in the order they were given, and how many times each holds it. */
interface Posting {
  keys: number[];
  counts: number[];
}

/** What the indexed fact-checks are scored from: which hold each word, how often, and their lengths. */
export class ClaimScores {
  readonly #analysis: Analysis;
  readonly #postings = new Map<string, Posting>();
  /** Each fact-check's length, by key: its number of distinct tokens. */
  readonly #lengths: number[] = [];
  /** The average length, as MiniSearch keeps it: updated at each addition and removal. */
  #average = 0;
  /** The fact-checks a search may score, marked for the time of the search. */
  readonly #marked: Uint8Array;

  constructor(claims: readonly string[], analysis: Analysis) {
    this.#analysis = analysis;
    claims.forEach((claim, key) => {
      const { counts, length } = this.#analyse(claim);
      for (const [term, count] of counts) {
        const posting = this.#postings.get(term) ?? { keys: [], counts: [] };
        posting.keys.push(key);
        posting.counts.push(count);
        this.#postings.set(term, posting);
      }
      this.#lengths.push(length);
      this.#average = (this.#average * key + length) / (key + 1);
    });
    this.#marked = new Uint8Array(claims.length);
  }

  /**
   * The fact-checks among `candidates` (or all of them) that share a word
   * with `claim`, and `claim` itself under the key `self` (the number of
   * fact-checks), highest score first, as MiniSearch's search with the claim
   * added under that key for the moment.
   */
  search(claim: string, candidates: ReadonlySet<number> | undefined): Scored[] {
    const documents = this.#lengths.length;
    const own = this.#analyse(claim);
    // MiniSearch adds the claim, so that its statistics count it, and removes it after.
    const average = (this.#average * documents + own.length) / (documents + 1);
    this.#average = documents === 0 ? 0 : (average * (documents + 1) - own.length) / documents;
    this.#mark(candidates, 1);
    const results = new Map<number, { score: number; terms: string[] }>();
    const add = (key: number, score: number, term: string) => {
      const result = results.get(key);
      if (!result) results.set(key, { score, terms: [term] });
      else {
        result.score = result.score + score;
        if (!result.terms.includes(term)) result.terms.push(term);
      }
    };
    const { tokenize, processTerm } = this.#analysis;
    for (const term of tokenize(claim).flatMap((token) => processTerm(token) ?? [])) {
      const { keys, counts } = this.#postings.get(term) ?? { keys: [], counts: [] };
      const matching = keys.length + 1;
      // In MiniSearch's order: by key, the claim itself last (it was added last).
      keys.forEach((key, at) => {
        if (candidates && !this.#marked[key]) return;
        const length = this.#lengths[key] ?? 0;
        add(key, bm25(counts[at] ?? 0, matching, documents + 1, length, average), term);
      });
      const count = own.counts.get(term) ?? 0;
      add(documents, bm25(count, matching, documents + 1, own.length, average), term);
    }
    this.#mark(candidates, 0);
    const found: Scored[] = [];
    for (const [id, { score, terms }] of results) {
      found.push({ id, score: score * (terms.length || 1) });
    }
    return found.sort((a, b) => b.score - a.score);
  }

  #mark(candidates: ReadonlySet<number> | undefined, mark: number): void {
    for (const key of candidates ?? []) if (key < this.#marked.length) this.#marked[key] = mark;
  }

  #analyse(claim: string): { counts: Map<string, number>; length: number } {
    const tokens = this.#analysis.tokenize(claim);
    const counts = new Map<string, number>();
    for (const token of tokens) {
      const term = this.#analysis.processTerm(token);
      if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    return { counts, length: new Set(tokens).size };
  }
}

/** MiniSearch's calcBM25Score, written the same way: the same operations give the same bits. */
function bm25(
  termFreq: number,
  matchingCount: number,
  totalCount: number,
  fieldLength: number,
  avgFieldLength: number,
): number {
  const { k, b, d } = BM25;
  const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
  return (
    invDocFreq *
    (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)))
  );
}

/**
 * MiniSearch's own search of `claims`, the claim searched added under the key `self` for the
 * time of it: what {@link ClaimScores} gives to the bit, what the check searches with when told
 * not to prune (`pruned: false`), and what the tests compare them with. `boost` is MiniSearch's
 * `boostDocument` (0 leaves a fact-check unscored).
 */
export function miniSearchScores(
  claims: readonly string[],
  analysis: Analysis,
): (claim: string, self: number, boost?: (key: number) => number) => Scored[] {
  const search = new MiniSearch<{ key: number; claim: string }>({
    idField: "key",
    fields: ["claim"],
    storeFields: [],
    ...analysis,
    searchOptions: { bm25: BM25 },
  });
  search.addAll(claims.map((claim, key) => ({ key, claim })));
  return (claim, self, boost) => {
    // Added for a moment, and removed, not discarded: a discarded claim would weigh in the
    // statistics until a vacuum.
    const itself = { key: self, claim };
    search.add(itself);
    const boostDocument = boost && ((key: unknown) => boost(key as number));
    const found = search.search(claim, { combineWith: "OR", boostDocument });
    search.remove(itself);
    return found.map((hit) => ({ id: hit.id as number, score: hit.score }));
  };
}
