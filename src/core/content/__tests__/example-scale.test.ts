/** The fixture site's rating scale (the example's), as readers see it: colours told apart, an icon each, white text readable. */
import { describe, expect, it } from "vitest";
import { FIXTURE_SITE } from "../../../../test/support/fixture-site.ts";
import { loadSettings } from "../settings-files.ts";

/** CIE L*a*b* of an sRGB colour `#rrggbb` (D65). */
function lab(hex: string): [number, number, number] {
  const channel = (i: number) => {
    const c = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = [channel(0), channel(1), channel(2)];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (t * 24389) / 27 / 116 + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

describe("loadSettings", () => {
  const { ratings, diagnostics } = loadSettings(FIXTURE_SITE, "content");
  const verdicts = ratings?.verdicts ?? [];

  it("finds the fixture's scale valid, white text readable on every badge", () => {
    expect(diagnostics).toEqual([]);
    expect(verdicts.map((verdict) => verdict.key)).toEqual([
      "vrai",
      "plutot-vrai",
      "trompeur",
      "faux",
      "inverifiable",
    ]);
  });

  it("gives the fixture's verdicts colours far apart (ΔE over 25) and icons of their own", () => {
    const close: string[] = [];
    for (const [i, a] of verdicts.entries()) {
      for (const b of verdicts.slice(i + 1)) {
        const distance = Math.hypot(
          ...lab(a.color).map((value, k) => value - (lab(b.color)[k] ?? 0)),
        );
        if (distance < 25) close.push(`${a.key} and ${b.key}: ΔE ${distance.toFixed(0)}`);
      }
    }
    expect(close).toEqual([]);
    // The measure tells apart what readers could not: the two greens the example used to have.
    expect(Math.hypot(...lab("#1a7f37").map((v, k) => v - (lab("#3f6e12")[k] ?? 0)))).toBeLessThan(
      25,
    );
    expect(new Set(verdicts.map((verdict) => verdict.icon)).size).toBe(verdicts.length);
  });
});
