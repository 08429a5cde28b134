/**
 * Who already checked it: the fact-checks closest to a claim, among this
 * site's and its partners' (npm run network -- refresh). Claims are compared
 * word by word, after folding case and accents, with MiniSearch's BM25
 * ranking: words that few claims share weigh more than those most claims
 * hold ("the", "a", "de"), in any language, without a list of stop words.
 * Each match's score is given relative to the score the claim would get
 * against itself, so that 1 is the same words and a threshold means the same
 * thing for a short claim and a long one.
 */
import { type Analysis, ClaimTerms } from "./closest-candidates.ts";
import { ClaimScores, miniSearchScores, type Scored } from "./closest-scores.ts";

/** A published fact-check, of this site or of a partner. */
export interface FactCheck {
  /** The site's name. */
  site: string;
  /** The fact-check's page. */
  url: string;
  /** The statement checked. */
  claim: string;
  /** The verdict's label. */
  verdict: string;
  /** When it was published, `YYYY-MM-DD`. */
  published: string;
  /** The claim's id, on this site. */
  id?: string | undefined;
}

/** A fact-check and how close it is, from 0 (no word in common) to 1 (the same words). */
export interface Closeness {
  factCheck: FactCheck;
  similarity: number;
}

/**
 * From this closeness on, a fact-check is a likely duplicate. Measured on
 * claims of the same topics: the same claim reworded ("90 000" for "ninety
 * thousand") scored 0.39 to 0.95; claims that shared names but not the
 * statement (the same person, another event), 0.12 at most.
 */
export const LIKELY_DUPLICATE = 0.35;

/** The words of a claim as compared: lowercase, without accents, apostrophes or one-letter words. */
function processTerm(term: string): string | null {
  const folded = term.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  return folded.length < 2 ? null : folded;
}

/** Splits on anything that is not a letter or a digit: `l’État` is `l` and `État`. */
function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "");
}

/**
 * {@link tokenize} and {@link processTerm}, each done once per text and per
 * word: MiniSearch and the bound of closest-candidates.ts split every claim,
 * and a claim is split again when it is searched, while a corpus of 10 000
 * claims has far fewer distinct words than words (at 10 000 claims, most of
 * the time the index took to build).
 */
function remembered(): Analysis {
  const tokens = new Map<string, string[]>();
  const terms = new Map<string, string | null>();
  return {
    tokenize: (text) => {
      let found = tokens.get(text);
      if (!found) {
        found = tokenize(text);
        tokens.set(text, found);
      }
      return found;
    },
    processTerm: (term) => {
      let found = terms.get(term);
      if (found === undefined) {
        found = processTerm(term);
        terms.set(term, found);
      }
      return found;
    },
  };
}

/** A search: the fact-checks that share a word with `claim`, and the claim itself as `self`, best first. */
type Search = (claim: string, minimum: number, self: number) => Scored[];

/** An index of fact-checks to find the closest ones to claims in. */
export class ClosestClaims {
  readonly #all: FactCheck[];
  readonly #search: Search;

  /** Indexes `factChecks`; `pruned: false` scores every fact-check that shares a word (the tests compare). */
  constructor(factChecks: readonly FactCheck[], { pruned = true }: { pruned?: boolean } = {}) {
    const analysis = remembered();
    this.#all = [...factChecks];
    const claims = this.#all.map((factCheck) => factCheck.claim);
    this.#search = pruned ? closeOnes(claims, analysis) : everyOne(claims, analysis);
  }

  /**
   * The `limit` fact-checks closest to `claim`, closest first, from
   * `minimum` on; `except` leaves out a fact-check (the claim's own).
   */
  closest(
    claim: string,
    {
      limit = 5,
      minimum = 0.15,
      except,
    }: { limit?: number; minimum?: number; except?: FactCheck } = {},
  ): Closeness[] {
    // The claim itself is scored too: its own score, with the same statistics, is 1.
    const self = this.#all.length;
    const found = this.#search(claim, minimum, self);
    const full = found.find((hit) => hit.id === self)?.score;
    if (!full) return [];
    const matches: Closeness[] = [];
    for (const hit of found) {
      const factCheck = this.#all[hit.id];
      if (!factCheck || factCheck === except) continue;
      const similarity = Math.min(1, hit.score / full);
      if (similarity < minimum) break;
      matches.push({ factCheck, similarity });
      if (matches.length === limit) break;
    }
    return matches;
  }
}

/**
 * Scores only the fact-checks that share a word rare enough to reach
 * `minimum` (closest-candidates.ts), with MiniSearch's scores
 * (closest-scores.ts): what the check and `npm run new` search with.
 */
function closeOnes(claims: readonly string[], analysis: Analysis): Search {
  const terms = new ClaimTerms(claims, analysis);
  const scores = new ClaimScores(claims, analysis);
  return (claim, minimum, self) => scores.search(claim, terms.candidates(claim, minimum, self));
}

/** Scores, with MiniSearch itself, every fact-check that shares a word: what the tests compare the other with. */
function everyOne(claims: readonly string[], analysis: Analysis): Search {
  const search = miniSearchScores(claims, analysis);
  return (claim, _minimum, self) => search(claim, self);
}
