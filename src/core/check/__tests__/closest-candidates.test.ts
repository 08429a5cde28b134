import { describe, expect, it } from "vitest";
import { ClaimTerms } from "../closest-candidates.ts";
import { ClosestClaims, type FactCheck } from "../closest-claims.ts";

const analysis = {
  tokenize: (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== ""),
  processTerm: (term: string) => (term.length < 2 ? null : term.toLowerCase()),
};

// Forty claims that share "la ville", three of which also speak of its bridge.
const CLAIMS = Array.from({ length: 40 }, (_, n) =>
  n < 3 ? `La ville ferme le pont numéro ${n}` : `La ville vote le budget ${n}`,
);

describe("ClaimTerms.candidates", () => {
  const terms = new ClaimTerms(CLAIMS, analysis);

  it("leaves out the claims that share only words too common to reach the threshold", () => {
    const found = terms.candidates("La ville ferme le pont", 0.35, 40);
    expect([...(found ?? [])].sort((a, b) => a - b)).toEqual([0, 1, 2, 40]);
  });

  it("keeps every claim when any closeness counts", () => {
    expect(terms.candidates("La ville ferme le pont", 0, 40)).toBeUndefined();
  });

  it("keeps every claim when no word is common enough to leave any out", () => {
    expect(terms.candidates("Pont", 0.35, 40)).toBeUndefined();
  });
});

/** A small pseudo-random generator, so that the claims are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

// Words drawn as in a language: a few very common, most rare.
const WORDS = [
  "la",
  "de",
  "le",
  "des",
  "du",
  "en",
  "ville",
  "maire",
  "budget",
  "pont",
  "école",
  "tramway",
  "impôts",
  "police",
  "stade",
  "parc",
  "marché",
  "loyers",
  "gare",
  "port",
];

describe("ClosestClaims with and without leaving fact-checks out", () => {
  it("finds the same fact-checks, as close, for every claim and threshold", () => {
    const next = random(7);
    const word = () => WORDS[Math.floor(WORDS.length * next() ** 2.5)] ?? "la";
    const factChecks: FactCheck[] = Array.from({ length: 300 }, (_, n) => ({
      site: "nous",
      id: `c${n}`,
      url: `https://nous.example/claims/c${n}/`,
      claim: Array.from({ length: 4 + Math.floor(next() * 10) }, word).join(" "),
      verdict: "Faux",
      published: "2026-01-10",
    }));
    const pruned = new ClosestClaims(factChecks);
    const every = new ClosestClaims(factChecks, { pruned: false });
    const shape = (found: ReturnType<ClosestClaims["closest"]>) =>
      found.map((match) => [match.factCheck.id, match.similarity]);
    let compared = 0;
    for (const factCheck of factChecks) {
      for (const minimum of [0.15, 0.35, 0.6]) {
        const options = { minimum, except: factCheck, limit: 10 };
        expect(shape(pruned.closest(factCheck.claim, options))).toEqual(
          shape(every.closest(factCheck.claim, options)),
        );
        compared++;
      }
    }
    expect(compared).toBe(900);
  });
});
