import type { Font } from "fontkit";
import { describe, expect, it } from "vitest";
import { face } from "../fonts.ts";
import { setText, widthOf, wrap } from "../text.ts";

const serif = face({ family: "source-serif-4", weight: 600 });
const shown = (chars: ReturnType<typeof setText>) => chars.map((char) => char.text).join("");

describe("setText", () => {
  it("folds the tweet's mathematical bold letters and combining accents to letters the font has", () => {
    const bold = "𝐋𝐚 𝐑𝐞́𝐩𝐮𝐛𝐥𝐢𝐪𝐮𝐞";
    expect(shown(setText(serif, bold, 40))).toBe("La République");
    expect(widthOf(setText(serif, bold, 40))).toBeCloseTo(
      widthOf(setText(serif, "La République", 40)),
    );
  });

  it("composes a letter and a combining accent into the accented letter", () => {
    expect(shown(setText(serif, "e\u0301te\u0301", 40))).toBe("été");
  });

  it("draws a letter of the latin-ext subset as itself, not as the latin glyph with its id", () => {
    const [latin, latinExt] = serif.fonts as [Font, Font];
    const letter = "Ł";
    const id = latinExt.glyphForCodePoint(letter.codePointAt(0) as number).id;
    const twin = latin.characterSet.find((code) => latin.glyphForCodePoint(code).id === id);
    expect(twin).toBeDefined();
    const [first] = setText(serif, String.fromCodePoint(twin as number), 40);
    const [second] = setText(serif, letter, 40);
    expect(second?.glyphs[0]?.mask().coverage).not.toEqual(first?.glyphs[0]?.mask().coverage);
  });

  it("leaves out a character no font has rather than drawing a missing-glyph box", () => {
    // A syllable of Linear B: neither the card's fonts nor the Noto fonts it carries have it.
    const chars = setText(serif, "a\u{10000}b", 40);
    expect(shown(chars)).toBe("ab");
    expect(chars.every((char) => char.glyphs.length > 0)).toBe(true);
  });

  it("sets a narrow no-break space narrower than a space, and not as a place to break", () => {
    const [narrow] = setText(serif, "\u202f", 60);
    const [space] = setText(serif, " ", 60);
    expect(narrow?.breaks).toBe(false);
    expect(narrow?.advance).toBeLessThan(space?.advance ?? 0);
  });
});

describe("wrap", () => {
  const claim =
    "Amine Kessaci a annoncé lui-même qu’il serait assassiné, dans une vidéo publiée deux jours avant les faits.";

  it("breaks lines at spaces, each within the width", () => {
    const { lines, fits } = wrap(serif, claim, 48, 600, 10);
    expect(fits).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(600);
    expect(lines.map((line) => shown(line.chars)).join(" ")).toBe(claim);
  });

  it("ends the last line with an ellipsis after a whole word when the text does not fit", () => {
    const { lines, fits } = wrap(serif, claim, 48, 600, 2);
    expect(fits).toBe(false);
    expect(lines).toHaveLength(2);
    const last = shown(lines[1]?.chars ?? []);
    expect(last).toMatch(/\p{L}…$/u);
    expect(claim).toContain(last.slice(0, -1));
    expect(lines[1]?.width).toBeLessThanOrEqual(600);
  });

  it("never breaks at the narrow no-break space before a French colon", () => {
    const { lines } = wrap(serif, "Faux\u202f: Jérôme", 48, 200, 3);
    expect(lines.map((line) => shown(line.chars))).toEqual(["Faux\u202f:", "Jérôme"]);
  });
});
