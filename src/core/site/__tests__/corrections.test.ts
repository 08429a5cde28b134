import { describe, expect, it } from "vitest";
import { correctionChanges, correctionsLog } from "../corrections.ts";
import { claimSummary } from "../view-model.ts";
import { durainClaim } from "./claim-fixture.ts";

const vrai = { key: "vrai", label: "Vrai" };
const plutotVrai = { key: "plutot-vrai", label: "Plutôt vrai" };

describe("correctionChanges", () => {
  it("names the verdict each change replaced and the one that followed, newest first", () => {
    const claim = durainClaim({
      corrections: [
        { date: "2025-11-25", note: "Premier examen.", previousVerdict: vrai },
        { date: "2025-11-26", note: "Une date précisée." },
        { date: "2025-11-27", note: "Second examen.", previousVerdict: plutotVrai },
      ],
    });
    expect(
      correctionChanges(claim).map((change) => [
        change.date,
        change.previousVerdict?.label,
        change.nextVerdict?.label,
      ]),
    ).toEqual([
      ["2025-11-27", "Plutôt vrai", "Faux"],
      ["2025-11-26", undefined, undefined],
      ["2025-11-25", "Vrai", "Plutôt vrai"],
    ]);
  });
});

describe("correctionsLog", () => {
  it("lists every correction of the site, newest first, with its fact-check", () => {
    const older = durainClaim({
      id: "ancienne",
      corrections: [
        { date: "2025-11-20", note: "A." },
        { date: "2025-12-01", note: "C." },
      ],
    });
    const newer = durainClaim({ id: "recente", corrections: [{ date: "2025-11-28", note: "B." }] });
    expect(
      correctionsLog([newer, older].map(claimSummary)).map((entry) => [entry.claim.id, entry.note]),
    ).toEqual([
      ["ancienne", "C."],
      ["recente", "B."],
      ["ancienne", "A."],
    ]);
  });
});
