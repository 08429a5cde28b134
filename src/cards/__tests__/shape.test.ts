import { describe, expect, it } from "vitest";
import { face } from "../fonts.ts";
import { setText, widthOf, wrap } from "../text.ts";

const serif = face({ family: "source-serif-4", weight: 600 });
const sans = face({ family: "inter", weight: 400 });
const shown = (chars: ReturnType<typeof setText>) => chars.map((char) => char.text).join("");
const glyphCount = (chars: ReturnType<typeof setText>) =>
  chars.reduce((sum, char) => sum + char.glyphs.length, 0);

describe("kerning and ligatures", () => {
  it.each([
    ["Source Serif", serif],
    ["Inter", sans],
  ])("sets « AV » in %s narrower than A and V side by side", (_, font) => {
    const kerned = widthOf(setText(font, "AV", 60));
    const apart = widthOf(setText(font, "A", 60)) + widthOf(setText(font, "V", 60));
    expect(kerned).toBeLessThan(apart - 1);
  });

  it("draws « fi » as one glyph, the font's ligature", () => {
    expect(glyphCount(setText(serif, "fi", 60))).toBe(1);
    expect(glyphCount(setText(serif, "f i", 60))).toBe(2);
  });
});

describe("characters that are not drawn", () => {
  it("draws no hyphen for a soft hyphen inside a line, and no width", () => {
    const soft = setText(serif, "Bour\u00adgogne", 48);
    expect(shown(soft)).toBe("Bourgogne");
    expect(glyphCount(soft)).toBe(glyphCount(setText(serif, "Bourgogne", 48)));
    // Within a pixel: the two halves are set apart, so the kerning between r and g is lost.
    expect(Math.abs(widthOf(soft) - widthOf(setText(serif, "Bourgogne", 48)))).toBeLessThan(1);
  });

  it("breaks a word at a soft hyphen when it must, and shows a hyphen there only", () => {
    const width = widthOf(setText(serif, "Les communes de Bour\u2010", 48)) + 2;
    const { lines } = wrap(serif, "Les communes de Bour\u00adgogne", 48, width, 3);
    // The font's hyphen (U+2010), or its hyphen-minus when it has none, as Source Serif.
    const text = lines.map((line) => shown(line.chars).replace("\u2010", "-"));
    expect(text).toEqual(["Les communes de Bour-", "gogne"]);
    const wide = wrap(serif, "Les communes de Bour\u00adgogne", 48, 2000, 3).lines;
    expect(wide.map((line) => shown(line.chars))).toEqual(["Les communes de Bourgogne"]);
  });

  it("draws neither control characters nor bidi marks, and sets tabs and line breaks as spaces", () => {
    const chars = setText(sans, "a\u0007b\u200e\u200fc\td\ne", 40);
    expect(glyphCount(chars)).toBe(5);
    expect(widthOf(chars)).toBeCloseTo(widthOf(setText(sans, "abc d e", 40)), 0);
  });
});

describe("scripts the card's families lack", () => {
  it.each([
    ["Hebrew", "השר אמר שהעיר נבנתה בחמישים יום"],
    ["Arabic", "قال الوزير إن المدينة بنيت في خمسين يوما"],
    ["Japanese", "この塔はわずか五十日で建てられた"],
    ["emoji", "🚨🔥📡👀"],
  ])("draws %s in a Noto font, every character with a glyph", (_, text) => {
    const chars = setText(serif, text, 40);
    expect(chars.filter((char) => !char.breaks).every((char) => char.glyphs.length > 0)).toBe(true);
    expect(widthOf(chars)).toBeGreaterThan(text.length * 5);
  });

  it("joins Arabic letters: a word takes fewer glyph widths than its letters apart", () => {
    const word = "المدينة";
    const joined = widthOf(setText(serif, word, 40));
    const apart = [...word].reduce((sum, letter) => sum + widthOf(setText(serif, letter, 40)), 0);
    expect(joined).toBeLessThan(apart);
  });

  it("draws an emoji sequence joined by U+200D as one glyph", () => {
    expect(glyphCount(setText(serif, "🏳️‍🌈", 40))).toBe(1);
  });
});

describe("right-to-left lines", () => {
  it("puts a Hebrew line in visual order, its first word on the right, and against the right margin", () => {
    const { lines } = wrap(sans, "אחת שתיים שלוש", 40, 1000, 1);
    const [line] = lines;
    expect(line?.rtl).toBe(true);
    expect(line?.chars.map((char) => char.text)).toEqual(["שלוש", " ", "שתיים", " ", "אחת"]);
  });

  it("keeps a number inside Arabic text left to right, and a French line with an Arabic word in order", () => {
    const [arabic] = wrap(sans, "بين 2019 و", 40, 1000, 1).lines;
    expect(arabic?.chars.map((char) => char.text)).toEqual(["و", " ", "2019", " ", "بين"]);
    const [french] = wrap(sans, "Le mot سلام veut dire paix", 40, 1000, 1).lines;
    expect(french?.rtl).toBe(false);
    expect(french?.chars.map((char) => char.text).join("")).toBe("Le mot سلام veut dire paix");
  });

  it("breaks a Hebrew paragraph into lines in reading order: the first line holds the first words", () => {
    const { lines } = wrap(sans, "אחת שתיים שלוש ארבע חמש שש שבע", 40, 260, 5);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]?.chars.at(-1)?.text).toBe("אחת");
  });
});

describe("Japanese lines", () => {
  it("break between characters, never before a closing mark", () => {
    const text =
      "市の計画記録によると、塔の建設には四年間かかった。五十日という数字は基礎工事の期間である。";
    const { lines, fits } = wrap(sans, text, 40, 400, 10);
    expect(fits).toBe(true);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(line.width).toBeLessThanOrEqual(400);
      expect(shown(line.chars)).not.toMatch(/^[、。]/u);
    }
    expect(lines.map((line) => shown(line.chars)).join("")).toBe(text);
  });
});
