import { describe, expect, it } from "vitest";
import { ClosestClaims, type FactCheck, LIKELY_DUPLICATE } from "../closest-claims.ts";

const checked = (site: string, id: string, claim: string): FactCheck => ({
  site,
  id,
  url: `https://${site}.example/claims/${id}/`,
  claim,
  verdict: "Faux",
  published: "2026-01-10",
});

const CORPUS = [
  checked(
    "nous",
    "tram",
    "Le tramway du nord transporte quatre-vingt-dix mille voyageurs par jour.",
  ),
  checked("nous", "pont", "Le vieux pont a été fermé pendant deux ans."),
  checked("voisins", "budget", "Le budget de la ville a doublé depuis 2020."),
  checked(
    "voisins",
    "tram-sud",
    "L’extension du tramway sud a coûté trois cents millions d’euros.",
  ),
];

describe("ClosestClaims.closest", () => {
  const index = new ClosestClaims(CORPUS);

  it("puts first the fact-check of a claim said in nearly the same words, as a likely duplicate", () => {
    const found = index.closest("Le tramway du Nord transporte 90 000 voyageurs chaque jour");
    expect(found[0]?.factCheck.id).toBe("tram");
    expect(found[0]?.similarity).toBeGreaterThanOrEqual(LIKELY_DUPLICATE);
    expect(found.slice(1).every((match) => match.similarity < LIKELY_DUPLICATE)).toBe(true);
  });

  it("ignores case and accents, and finds a partner's fact-check too", () => {
    const [first] = index.closest("l'EXTENSION du tramway sud a coute 300 millions");
    expect(first?.factCheck).toMatchObject({ site: "voisins", id: "tram-sud" });
  });

  it("gives 1 to the same words, and leaves out the claim's own fact-check when asked", () => {
    const own = CORPUS[1] as FactCheck;
    expect(index.closest(own.claim)[0]).toEqual({ factCheck: own, similarity: 1 });
    expect(index.closest(own.claim, { except: own }).map((m) => m.factCheck.id)).not.toContain(
      "pont",
    );
  });

  it("finds nothing for a claim that shares no telling word", () => {
    expect(index.closest("Les abeilles disparaissent des campagnes")).toEqual([]);
  });

  it("can be asked again and again: the claim added for a moment is gone each time", () => {
    const first = index.closest("Le vieux pont a été fermé");
    const second = index.closest("Le vieux pont a été fermé");
    expect(second).toEqual(first);
  });
});
