import { describe, expect, it } from "vitest";
import { closestPassage, MIN_SIMILARITY } from "../closest.ts";
import { normalizeText } from "../text.ts";
import { seedSource } from "./seeds.ts";

const durain = seedSource("durain-legion-honneur");
const kessaci = seedSource("kessaci-association-nationale");

describe("closestPassage", () => {
  it("finds the passage a misspelt quote was copied from, with its line and similarity", () => {
    const part = normalizeText("a fait part de son souhait de remettre la Legion d'honneur");
    const closest = closestPassage(durain.text, part);
    expect(closest?.text).toBe("a fait part de son souhait de remettre la Légion d’honneur");
    expect(closest?.similarity).toBeCloseTo(1 - 1 / part.length, 5);
    expect(durain.file.point(closest?.fileStart ?? 0).line).toBe(12);
    expect(closest?.differences).toEqual([{ source: "é", quote: "e" }]);
  });

  it("shows the passage in the source's own characters, a no-break space included", () => {
    const closest = closestPassage(
      kessaci.text,
      normalizeText("l'invité du « 8h30 ». Lors de cet entretian"),
    );
    expect(closest?.text).toBe("l’invité du «\u00A08h30\u00A0». Lors de cet entretien");
  });

  it("gives the passage's range in the normalised text, for the differences to be told", () => {
    const part = normalizeText("Kessaci, âgé de 23 ans");
    const closest = closestPassage(kessaci.text, part);
    const { normalizedStart = 0, normalizedEnd = 0 } = closest ?? {};
    expect(kessaci.text.normalized.text.slice(normalizedStart, normalizedEnd)).toBe(
      "Kessaci, âgé de 22 ans",
    );
  });

  it("offers nothing below the minimum similarity: a coincidence is no help", () => {
    expect(MIN_SIMILARITY).toBe(0.6);
    expect(closestPassage(kessaci.text, "Le gouvernement a présenté son budget")).toBeUndefined();
  });
});
