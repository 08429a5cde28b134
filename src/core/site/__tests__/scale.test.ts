import { describe, expect, it } from "vitest";
import { scaleOrder, scalePosition } from "../scale.ts";

const written = [
  { key: "inverifiable", value: undefined },
  { key: "faux", value: 1 },
  { key: "vrai", value: 4 },
  { key: "sans-objet", value: undefined },
  { key: "trompeur", value: 2 },
  { key: "plutot-vrai", value: 3 },
];

describe("scaleOrder", () => {
  it("lists the verdicts best first, those outside the scale last in the order written", () => {
    expect(scaleOrder(written).map((verdict) => verdict.key)).toEqual([
      "vrai",
      "plutot-vrai",
      "trompeur",
      "faux",
      "inverifiable",
      "sans-objet",
    ]);
  });

  it("leaves the list it was given as it was", () => {
    const copy = [...written];
    scaleOrder(written);
    expect(written).toEqual(copy);
  });
});

describe("scalePosition", () => {
  it.each([
    ["vrai", 1],
    ["plutot-vrai", 2],
    ["faux", 4],
  ])("puts %s at step %i of the 4 with a value", (key, position) => {
    const verdict = written.find((entry) => entry.key === key) as (typeof written)[number];
    expect(scalePosition(verdict, written)).toEqual({ position, of: 4 });
  });

  it("gives a verdict outside the scale no position", () => {
    expect(scalePosition({ key: "inverifiable", value: undefined }, written)).toEqual({
      position: undefined,
      of: 4,
    });
  });
});
