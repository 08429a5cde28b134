import { describe, expect, it } from "vitest";
import { ClaimScores, miniSearchScores } from "../closest-scores.ts";

const analysis = {
  tokenize: (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== ""),
  processTerm: (term: string) => (term.length < 2 ? null : term.toLowerCase()),
};

const CLAIMS = [
  "La ville ferme le pont du nord",
  "La ville ferme le pont",
  "Le pont du nord ferme la ville la nuit",
  "Le budget de la ville double",
  "",
  "La ville ferme le pont du nord",
];

describe("ClaimScores.search", () => {
  it("gives MiniSearch's scores and order, to the bit, search after search", () => {
    const scores = new ClaimScores(CLAIMS, analysis);
    const reference = miniSearchScores(CLAIMS, analysis);
    // Words repeated, a claim given twice (equal scores keep MiniSearch's order), one word alone.
    const queries = [...CLAIMS, "la la ville", "pont", "rien de commun", ...CLAIMS];
    for (const query of queries)
      expect(scores.search(query, undefined)).toEqual(reference(query, CLAIMS.length));
  });

  it("scores only the candidates it is given, and the claim itself, with the statistics of all", () => {
    const scores = new ClaimScores(CLAIMS, analysis);
    const reference = miniSearchScores(CLAIMS, analysis);
    const candidates = new Set([1, 3, CLAIMS.length]);
    const found = scores.search("La ville ferme le pont", candidates);
    expect(found.map((hit) => hit.id).sort()).toEqual([1, 3, 6]);
    expect(found).toEqual(
      reference("La ville ferme le pont", CLAIMS.length, (key) => (candidates.has(key) ? 1 : 0)),
    );
  });
});
