import { describe, expect, it } from "vitest";
import type { CardData } from "../card-data.ts";
import { drawCard, findingLayout, missingOnCard } from "../draw.ts";
import { encodePng } from "../png.ts";
import { pixel, readPng } from "./read-png.ts";
import { sampleCard as card } from "./sample-card.ts";

const INK = "#1a1a1a";
const MUTED = "#5a5a5a";

/** Where pixels of `colour` (full coverage of a ramp) are in rows [from, to): how many, and their first and last rows. */
function ink(png: ReturnType<typeof readPng>, colour: string, from = 0, to = png.height) {
  let count = 0;
  let top = -1;
  let bottom = -1;
  for (let y = from; y < to; y++)
    for (let x = 0; x < png.width; x++)
      if (pixel(png, x, y) === colour) {
        count++;
        if (top < 0) top = y;
        bottom = y;
      }
  return { count, top, bottom };
}

const drawn = (c: CardData) => readPng(encodePng(drawCard(c)));

describe("a claim's card", () => {
  it("is 1200 × 630, with a band and a strip in the verdict's colour", () => {
    const png = drawn(card);
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(pixel(png, 1190, 10)).toBe("#b3261e");
    expect(pixel(png, 600, 625)).toBe("#b3261e");
  });

  it("sets the finding in ink above the claim in grey, louder even when the claim is longer", () => {
    const loud = {
      ...card,
      claim:
        "Amine Kessaci, le militant anti-narcotrafic de Marseille, n’a que 20 ans et ne peut donc pas présider une association nationale.",
      summary: "Il a 22 ans : « 20 ans » est l’âge de son frère Mehdi.",
    };
    const png = drawn(loud);
    const finding = ink(png, INK, 120, 620);
    const claim = ink(png, MUTED, 120, 620);
    expect(finding.bottom).toBeLessThan(claim.top);
    expect(finding.count).toBeGreaterThan(claim.count);
    const layout = findingLayout(loud);
    expect(layout.finding.size).toBeGreaterThanOrEqual(1.5 * layout.claim.size);
  });

  it("gives a long finding more room than the claim: its box is the taller", () => {
    const { finding, claim } = findingLayout(card);
    expect(finding.fits).toBe(true);
    expect(finding.lines.length * finding.leading).toBeGreaterThan(
      claim.lines.length * claim.leading,
    );
    expect(finding.size).toBeGreaterThan(claim.size);
  });

  it("keeps a finding far too long for the card above the strip, cut with an ellipsis", () => {
    const long = { ...card, summary: `${card.summary} `.repeat(20) };
    const png = drawn(long);
    expect(findingLayout(long).finding.fits).toBe(false);
    expect(ink(png, INK, 120, 620).count).toBeGreaterThan(20_000);
    expect(ink(png, INK, 596, 620).count).toBe(0);
  });

  it("draws no soft hyphen: the finding with U+00AD has the ink of the finding without", () => {
    const summary = "Une asso\u00adciation natio\u00adnale à Bour\u00adges.";
    // On one line: no soft hyphen ends a line, where it would rightly show.
    expect(findingLayout({ ...card, summary }).finding.lines).toHaveLength(1);
    const plain = ink(drawn({ ...card, summary: summary.replaceAll("\u00ad", "") }), INK);
    const soft = ink(drawn({ ...card, summary }), INK);
    const hard = ink(drawn({ ...card, summary: summary.replaceAll("\u00ad", "-") }), INK);
    const hyphen = (hard.count - plain.count) / 3;
    expect(hyphen).toBeGreaterThan(50);
    // Less than one hyphen's ink: the pen moves by a pixel where a kerning pair is set apart.
    expect(Math.abs(soft.count - plain.count)).toBeLessThan(hyphen);
  });
});

describe("a claim's card in a script the card's families lack", () => {
  it.each([
    [
      "Arabic",
      "قال الوزير إن المدينة بنيت في خمسين يوما.",
      "المدينة بنيت في أربع سنوات بين 2019 و2023.",
    ],
    ["Hebrew", "השר אמר שהעיר נבנתה בחמישים יום.", "העיר נבנתה בארבע שנים, בין 2019 ל-2023."],
    [
      "Japanese",
      "この塔はわずか五十日で建てられた。",
      "塔の建設には2019年から2023年までの四年間かかった。",
    ],
    ["emoji", "🚨🔥 partagez avant censure 📡👀", "Aucun vaccin ne contient de puce 🙅."],
  ])("draws %s in the finding's and the claim's places", (_, claim, summary) => {
    const c = { ...card, claim, summary };
    expect(missingOnCard(c)).toEqual([]);
    const png = drawn(c);
    const finding = ink(png, INK, 120, 620);
    const quoted = ink(png, MUTED, finding.bottom + 1, 620);
    expect(finding.count).toBeGreaterThan(1500);
    // The claim's line, above the byline.
    expect(quoted.count).toBeGreaterThan(1500);
  });

  it("shows the verdict card instead when no font has a character, and says which", () => {
    const lost = { ...card, claim: "Une tablette en linéaire B : \u{10000}\u{10001}." };
    expect(missingOnCard(lost)).toEqual(["\u{10000}", "\u{10001}"]);
    const verdict = {
      ...card,
      summary: undefined,
      kicker: "Notre verdict",
      claim: "L’affirmation est contredite par les sources.",
      byline: [],
    };
    expect(drawCard(lost).data).toEqual(drawCard(verdict).data);
  });
});

describe("a verdict's card", () => {
  it("sets what the verdict means in ink, as large as a finding", () => {
    const png = drawn({ ...card, summary: undefined, kicker: "Notre verdict", byline: [] });
    expect(ink(png, INK, 120, 620).count).toBeGreaterThan(5000);
  });
});

describe("the site's card", () => {
  it("shows the site's name on an ink band, what it does in ink and who publishes it in grey", () => {
    const png = readPng(
      encodePng(
        drawCard({
          kind: "site",
          id: "site",
          site: "Citable : l’exemple",
          description: "Les vérifications de la rédaction, citation par citation.",
          publisher: "Publié par La Rédaction",
        }),
      ),
    );
    expect([png.width, png.height]).toEqual([1200, 630]);
    expect(pixel(png, 1190, 10)).toBe(INK);
    // The name, in white on the band.
    expect(ink(png, "#ffffff", 0, 120).count).toBeGreaterThan(1000);
    expect(ink(png, INK, 130, 500).count).toBeGreaterThan(5000);
    expect(ink(png, MUTED, 500, 620).count).toBeGreaterThan(300);
  });
});
