import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { BM25 } from "../closest-candidates.ts";
import { ClaimScores } from "../closest-scores.ts";

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

/** MiniSearch's own search, the claim added under the key after the last for the time of it. */
function miniSearch(claims: readonly string[]) {
  const search = new MiniSearch<{ key: number; claim: string }>({
    idField: "key",
    fields: ["claim"],
    storeFields: [],
    ...analysis,
    searchOptions: { bm25: BM25 },
  });
  search.addAll(claims.map((claim, key) => ({ key, claim })));
  return (claim: string, boost?: (key: number) => number) => {
    const itself = { key: claims.length, claim };
    search.add(itself);
    const boostDocument = boost && ((key: unknown) => boost(key as number));
    const found = search.search(claim, { combineWith: "OR", boostDocument });
    search.remove(itself);
    return found.map((hit) => ({ id: hit.id as number, score: hit.score }));
  };
}

describe("ClaimScores.search", () => {
  it("gives MiniSearch's scores and order, to the bit, search after search", () => {
    const scores = new ClaimScores(CLAIMS, analysis);
    const reference = miniSearch(CLAIMS);
    // Words repeated, a claim given twice (equal scores keep MiniSearch's order), one word alone.
    const queries = [...CLAIMS, "la la ville", "pont", "rien de commun", ...CLAIMS];
    for (const query of queries) expect(scores.search(query, undefined)).toEqual(reference(query));
  });

  it("scores only the candidates it is given, and the claim itself, with the statistics of all", () => {
    const scores = new ClaimScores(CLAIMS, analysis);
    const reference = miniSearch(CLAIMS);
    const candidates = new Set([1, 3, CLAIMS.length]);
    const found = scores.search("La ville ferme le pont", candidates);
    expect(found.map((hit) => hit.id).sort()).toEqual([1, 3, 6]);
    expect(found).toEqual(
      reference("La ville ferme le pont", (key) => (candidates.has(key) ? 1 : 0)),
    );
  });
});
