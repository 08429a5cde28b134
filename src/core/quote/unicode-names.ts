/**
 * Unicode names of the characters a quote most often gets wrong without anyone
 * seeing it: spaces, apostrophes and quotation marks, dashes, ellipses, accents.
 *
 * A table rather than the full Unicode name list: Node has no API for names,
 * the full list weighs megabytes, and the characters that matter in a quoted
 * sentence are a few dozen. Accented Latin letters are named from their
 * decomposition (`é` is `e` + U+0301, hence LATIN SMALL LETTER E WITH ACUTE);
 * anything else is named by its code point, which is still something a person
 * can search for.
 */

const NAMES: Record<string, string> = {
  " ": "SPACE",
  "\t": "CHARACTER TABULATION",
  "\n": "LINE FEED",
  "\u00A0": "NO-BREAK SPACE",
  "\u202F": "NARROW NO-BREAK SPACE",
  "\u2002": "EN SPACE",
  "\u2003": "EM SPACE",
  "\u2007": "FIGURE SPACE",
  "\u2008": "PUNCTUATION SPACE",
  "\u2009": "THIN SPACE",
  "\u200A": "HAIR SPACE",
  "\u3000": "IDEOGRAPHIC SPACE",
  "\u200B": "ZERO WIDTH SPACE",
  "\u200C": "ZERO WIDTH NON-JOINER",
  "\u200D": "ZERO WIDTH JOINER",
  "\u2060": "WORD JOINER",
  "\u200E": "LEFT-TO-RIGHT MARK",
  "\u200F": "RIGHT-TO-LEFT MARK",
  "\uFEFF": "ZERO WIDTH NO-BREAK SPACE",
  "\u00AD": "SOFT HYPHEN",
  "'": "APOSTROPHE",
  '"': "QUOTATION MARK",
  "`": "GRAVE ACCENT",
  "\u00B4": "ACUTE ACCENT",
  "\u02BC": "MODIFIER LETTER APOSTROPHE",
  "\u2018": "LEFT SINGLE QUOTATION MARK",
  "\u2019": "RIGHT SINGLE QUOTATION MARK",
  "\u201A": "SINGLE LOW-9 QUOTATION MARK",
  "\u201C": "LEFT DOUBLE QUOTATION MARK",
  "\u201D": "RIGHT DOUBLE QUOTATION MARK",
  "\u201E": "DOUBLE LOW-9 QUOTATION MARK",
  "\u00AB": "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK",
  "\u00BB": "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK",
  "\u2039": "SINGLE LEFT-POINTING ANGLE QUOTATION MARK",
  "\u203A": "SINGLE RIGHT-POINTING ANGLE QUOTATION MARK",
  "\u2032": "PRIME",
  "-": "HYPHEN-MINUS",
  "\u2010": "HYPHEN",
  "\u2011": "NON-BREAKING HYPHEN",
  "\u2012": "FIGURE DASH",
  "\u2013": "EN DASH",
  "\u2014": "EM DASH",
  "\u2015": "HORIZONTAL BAR",
  "\u2212": "MINUS SIGN",
  ".": "FULL STOP",
  ",": "COMMA",
  ":": "COLON",
  ";": "SEMICOLON",
  "\u2026": "HORIZONTAL ELLIPSIS",
  "\u00B7": "MIDDLE DOT",
  "\u0152": "LATIN CAPITAL LIGATURE OE",
  "\u0153": "LATIN SMALL LIGATURE OE",
  "\u00C6": "LATIN CAPITAL LETTER AE",
  "\u00E6": "LATIN SMALL LETTER AE",
  "\u00DF": "LATIN SMALL LETTER SHARP S",
};

// The accents of precomposed Latin letters, by combining mark: "COMBINING <name>" alone,
// "WITH <short>" in a letter's name.
const ACCENTS: Record<string, [name: string, short: string]> = {
  "\u0300": ["GRAVE ACCENT", "GRAVE"],
  "\u0301": ["ACUTE ACCENT", "ACUTE"],
  "\u0302": ["CIRCUMFLEX ACCENT", "CIRCUMFLEX"],
  "\u0303": ["TILDE", "TILDE"],
  "\u0304": ["MACRON", "MACRON"],
  "\u0306": ["BREVE", "BREVE"],
  "\u0307": ["DOT ABOVE", "DOT ABOVE"],
  "\u0308": ["DIAERESIS", "DIAERESIS"],
  "\u030A": ["RING ABOVE", "RING ABOVE"],
  "\u030B": ["DOUBLE ACUTE ACCENT", "DOUBLE ACUTE"],
  "\u030C": ["CARON", "CARON"],
  "\u0327": ["CEDILLA", "CEDILLA"],
  "\u0328": ["OGONEK", "OGONEK"],
};

/** The Unicode name of `char` (one code point), or `U+XXXX` when it is not one Citable knows. */
export function unicodeName(char: string): string {
  const known = NAMES[char];
  if (known) return known;
  const accent = ACCENTS[char];
  if (accent) return `COMBINING ${accent[0]}`;
  if (/^[A-Za-z]$/u.test(char)) return letterName(char);
  const [base = "", mark = "", extra] = [...char.normalize("NFD")];
  const withAccent = ACCENTS[mark];
  if (/^[A-Za-z]$/u.test(base) && withAccent && extra === undefined) {
    return `${letterName(base)} WITH ${withAccent[1]}`;
  }
  return codePoint(char);
}

/** `U+00A0`: the code point of `char` as Unicode writes it. */
export function codePoint(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * How a sentence names `char`: `a NO-BREAK SPACE (U+00A0)` for a character one
 * cannot see, `an EN DASH (–, U+2013)` for one that looks like another,
 * `a HYPHEN-MINUS (-)` for plain ASCII, `a SPACE`.
 */
export function describeCharacter(char: string): string {
  const name = unicodeName(char);
  const code = codePoint(char);
  if (char === " ") return "a SPACE";
  const shown = isInvisible(char) ? code : char < "\u007F" ? char : `${char}, ${code}`;
  if (name === code)
    return isInvisible(char) ? `the character ${code}` : `the character ${char} (${code})`;
  return `${/^[AEIO]/u.test(name) ? "an" : "a"} ${name} (${shown})`;
}

/** `é, LATIN SMALL LETTER E WITH ACUTE`; `U+00A0 NO-BREAK SPACE` for a character one cannot see. */
export function labelCharacter(char: string): string {
  const name = unicodeName(char);
  const code = codePoint(char);
  if (isInvisible(char)) return name === code ? code : `${code} ${name}`;
  return name === code ? `${char}, ${code}` : `${char}, ${name}`;
}

function isInvisible(char: string): boolean {
  return /^[\p{Z}\p{Cc}\p{Cf}\p{M}]$/u.test(char);
}

function letterName(letter: string): string {
  const upper = letter.toUpperCase();
  return `LATIN ${letter === upper ? "CAPITAL" : "SMALL"} LETTER ${upper}`;
}
