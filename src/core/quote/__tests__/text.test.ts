import { describe, expect, it } from "vitest";
import { isFolded } from "../fold.ts";
import { normalize, normalizeText } from "../text.ts";

/**
 * What the README lists besides presentation forms: white space (control
 * characters count as spaces), soft hyphens and zero-width characters,
 * typographic apostrophes, quotation marks and guillemets.
 */
const TYPOGRAPHIC =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters count as spaces.
  /^[\s\u0000-\u001f\u00AD\u200B-\u200D\u2060\uFEFF\u2018-\u201F\u02BC\u2032\u2033\u00AB\u00BB\u2039\u203A]$/u;

/** Why `char` may change under normalisation, or `undefined` when it may not. */
function allowedChange(char: string): string | undefined {
  const codePoint = char.codePointAt(0) ?? 0;
  if (isFolded(codePoint)) return "presentation form";
  if (char.normalize("NFC") !== char) return "canonical equivalent";
  if ([...char.normalize("NFD")].some((part) => isFolded(part.codePointAt(0) ?? 0))) {
    return "canonical equivalent of a presentation form";
  }
  if (TYPOGRAPHIC.test(char)) return "typography";
  return undefined;
}

describe("normalize", () => {
  it.each([
    ["mathematical bold letters", "𝐈𝐥 𝐟𝐚𝐮𝐭 𝐮𝐧 𝐬𝐮𝐫𝐬𝐚𝐮𝐭", "Il faut un sursaut"],
    ["a bold letter with a combining accent", "𝐥𝐞́𝐠𝐢𝐨𝐧 𝐚̀", "légion à"],
    ["a plain letter with a combining accent", "le\u0301gion", "légion"],
    ["a line break", "celle d’un\nsur fond", "celle d'un sur fond"],
    ["a run of spaces, tabs and breaks", "a \t\n\n  b", "a b"],
    ["a no-break space", "20\u00A0ans", "20 ans"],
    ["a narrow no-break space", "phénomène\u202F: « Elles", 'phénomène : "Elles'],
    ["guillemets with no-break spaces inside", "« prêt\u00A0»", '"prêt"'],
    ["curly double quotes", "“sursaut”", '"sursaut"'],
    ["typographic apostrophes", "l’État ‘x’ ʼy", "l'État 'x' 'y"],
    ["an ellipsis", "et puis…", "et puis..."],
    ["a soft hyphen", "narco\u00ADtrafic", "narcotrafic"],
    ["zero-width characters", "nar\u200Bco\u200Dtra\u2060fic\uFEFF", "narcotrafic"],
  ])("forgives %s", (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it.each([
    ["case", "Légion", "légion"],
    ["a missing accent", "légion", "legion"],
    ["a hyphen against a space", "anti-drogue", "anti drogue"],
  ])("does not forgive %s", (_name, a, b) => {
    expect(normalize(a).text).not.toBe(normalize(b).text);
  });

  it("changes no code point but presentation forms, canonical equivalents and typography", () => {
    const changed: string[] = [];
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const char = String.fromCodePoint(codePoint);
      if (normalize(char).text !== char && allowedChange(char) === undefined) {
        changed.push(`U+${codePoint.toString(16).toUpperCase()}`);
      }
    }
    expect(changed).toEqual([]);
  });

  it.each([
    ["a superscript exponent", "10⁵ exemplaires", "105 exemplaires"],
    ["a subscript", "CO₂", "CO2"],
    ["a vulgar fraction", "1½ point", "11/2 point"],
    ["a circled number", "① étape", "1 étape"],
    ["a squared unit", "3 ㎏", "3 kg"],
    ["a parenthesised number", "⑴ premier", "(1) premier"],
    ["a superscript minus", "10⁻³", "10-3"],
  ])("keeps %s apart from its plain form", (_name, source, quote) => {
    expect(normalize(source).text).toBe(source);
    expect(normalize(source).text).not.toBe(normalize(quote).text);
  });

  it("maps every normalised character back to the input characters it came from", () => {
    const input = "𝐥𝐞́ «\u00A0x\u00A0»  l’a…";
    const { text, starts, ends } = normalize(input);
    expect(text).toBe('lé "x" l\'a...');
    const origin = [...text].map((_char, i) => input.slice(starts[i], ends[i]));
    expect(origin).toEqual([
      "𝐥",
      "𝐞́",
      " ",
      "«\u00A0",
      "x",
      "\u00A0»",
      "  ",
      "l",
      "’",
      "a",
      "…",
      "…",
      "…",
    ]);
  });
});

describe("normalizeText", () => {
  it("trims the text after normalising it", () => {
    expect(normalizeText("\n « Il faut un sursaut » ")).toBe('"Il faut un sursaut"');
  });
});
