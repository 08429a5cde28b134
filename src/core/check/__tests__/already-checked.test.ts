import { describe, expect, it } from "vitest";
import { alreadyCheckedReport, duplicateNotes } from "../already-checked.ts";
import type { OwnFactCheck } from "../own-fact-checks.ts";

const own = (id: string, claim: string, published: string): OwnFactCheck => ({
  site: "Nous",
  id,
  url: `https://nous.example/claims/${id}/`,
  claim,
  verdict: "Faux",
  published,
  file: `content/claims/${id}.md`,
});
// Where each claim's `claim` field is, as the check finds it in the file.
const place = (factCheck: OwnFactCheck) => ({ line: factCheck.id.length, column: 1 });
const partner = {
  site: "Voisins",
  url: "https://voisins.example/claims/budget/",
  claim: "Le budget de la ville a doublé depuis 2020.",
  verdict: "Trompeur",
  published: "2025-12-01",
};

describe("alreadyCheckedReport", () => {
  it("lists the closest fact-check first, with its verdict, site, date and address", () => {
    const lines = alreadyCheckedReport("Le budget de la ville a doublé depuis cinq ans", [
      own("pont", "Le vieux pont a été fermé pendant deux ans.", "2026-01-01"),
      partner,
    ]);
    expect(lines[0]).toBe(
      "Already checked? The closest fact-checks of this site and of its partners:",
    );
    expect(lines[1]).toMatch(
      /^ +\d+% {2}Trompeur: “Le budget de la ville a doublé depuis 2020\.” {2}\(likely duplicate\)$/,
    );
    expect(lines[2]).toBe("         Voisins, 2025-12-01, https://voisins.example/claims/budget/");
  });

  it("says when nothing is close", () => {
    expect(alreadyCheckedReport("Les abeilles disparaissent", [partner])).toEqual([
      "No fact-check of this site or of its partners is close to this claim.",
    ]);
  });
});

describe("duplicateNotes", () => {
  it("asks where the claim is only for the fact-checks it notes", () => {
    const asked: string[] = [];
    const far = own("abeilles", "Les abeilles disparaissent des villes.", "2026-03-01");
    const first = own("pont", "Le vieux pont a été fermé pendant deux ans.", "2026-01-01");
    const again = own("pont-bis", "Le vieux pont a été fermé deux ans.", "2026-02-01");
    duplicateNotes([far, first, again], [], (factCheck) => {
      asked.push(factCheck.id);
      return { line: 2, column: 1 };
    });
    expect(asked).toEqual(["pont-bis"]);
  });

  it("notes the later of two close fact-checks of this site, on its claim line", () => {
    const first = own("pont", "Le vieux pont a été fermé pendant deux ans.", "2026-01-01");
    const again = own("pont-bis", "Le vieux pont a été fermé deux ans.", "2026-02-01");
    expect(duplicateNotes([first, again], [], place)).toEqual([
      {
        file: "content/claims/pont-bis.md",
        line: 8,
        column: 1,
        severity: "note",
        rule: "likely-duplicate",
        reason:
          "This claim is close to this site's pont fact-check “Le vieux pont a été fermé pendant deux ans.” (Faux, 2026-01-01). If it is the same claim, link to it or update it rather than check it twice.",
        hint: "https://nous.example/claims/pont/",
      },
    ]);
  });

  it("notes a claim a partner already checked, whatever its date", () => {
    const notes = duplicateNotes(
      [own("budget", "Le budget de la ville a doublé depuis 2020", "2025-01-01")],
      [partner],
      place,
    );
    expect(notes.map((note) => note.reason)).toEqual([
      "This claim is close to Voisins's fact-check “Le budget de la ville a doublé depuis 2020.” (Trompeur, 2025-12-01). If it is the same claim, link to it or update it rather than check it twice.",
    ]);
  });
});
