/**
 * Which fact-checks can be close enough to a claim, found before MiniSearch
 * scores them: at 10 000 claims, a claim shares a common word ("la", "de")
 * with nearly every other, and scoring them all is most of the search for
 * likely duplicates. A fact-check that shares only such words cannot reach
 * the threshold: BM25 gives a word at most its inverse document frequency
 * times (d + k + 1), whatever its frequency and the length of the claim, so
 * words that common, all together, weigh less than the threshold asks. Only
 * the fact-checks that share a rarer word are scored, and their scores are
 * MiniSearch's own, unchanged.
 */

/** MiniSearch's BM25+ parameters (its defaults), given to it explicitly so the bound holds. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** What a claim is split into, as MiniSearch splits it. */
export interface Analysis {
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string | null;
}

/** The words of the indexed fact-checks: which fact-checks hold each, and their lengths. */
export class ClaimTerms {
  readonly #holders = new Map<string, number[]>();
  readonly #analysis: Analysis;
  #count = 0;
  #lengths = 0;

  constructor(claims: readonly string[], analysis: Analysis) {
    this.#analysis = analysis;
    claims.forEach((claim, key) => {
      const tokens = analysis.tokenize(claim);
      this.#count++;
      // A field's length, for MiniSearch, is its number of distinct tokens before processing.
      this.#lengths += new Set(tokens).size;
      for (const term of new Set(this.#terms(tokens))) {
        const holders = this.#holders.get(term) ?? [];
        holders.push(key);
        this.#holders.set(term, holders);
      }
    });
  }

  /**
   * The keys of the fact-checks that may score at least `minimum` of what
   * `claim` scores against itself once it is added with the key `self`
   * (`self` among them); undefined when every fact-check may.
   */
  candidates(claim: string, minimum: number, self: number): Set<number> | undefined {
    const tokens = this.#analysis.tokenize(claim);
    const occurrences = new Map<string, number>();
    for (const term of this.#terms(tokens)) occurrences.set(term, (occurrences.get(term) ?? 0) + 1);
    if (minimum <= 0 || occurrences.size === 0) return undefined;
    // The statistics as they are while the claim itself is in the index.
    const documents = this.#count + 1;
    const length = new Set(tokens).size;
    const average = (this.#lengths + length) / documents;
    const weights = [...occurrences].map(([term, times]) => {
      const matching = (this.#holders.get(term)?.length ?? 0) + 1;
      const idf = Math.log(1 + (documents - matching + 0.5) / (matching + 0.5));
      const own = times * (BM25.k + 1);
      const norm = times + BM25.k * (1 - BM25.b + (BM25.b * length) / average);
      // Against itself, the word scores once per occurrence; against any other, at most `most`.
      return {
        term,
        itself: times * idf * (BM25.d + own / norm),
        most: times * idf * (BM25.d + BM25.k + 1),
      };
    });
    const full = occurrences.size * weights.reduce((sum, weight) => sum + weight.itself, 0);
    // A margin for the rounding of MiniSearch's running average length.
    const threshold = minimum * full * (1 - 1e-9);
    weights.sort((a, b) => a.most - b.most);
    let common = 0;
    let most = 0;
    while (common < weights.length) {
      const next = most + (weights[common]?.most ?? 0);
      if ((common + 1) * next >= threshold) break;
      most = next;
      common++;
    }
    if (common === 0) return undefined;
    const found = new Set<number>([self]);
    for (const { term } of weights.slice(common)) {
      for (const key of this.#holders.get(term) ?? []) found.add(key);
    }
    return found;
  }

  #terms(tokens: string[]): string[] {
    return tokens.flatMap((token) => this.#analysis.processTerm(token) || []);
  }
}
