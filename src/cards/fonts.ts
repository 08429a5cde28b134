/**
 * The card's typefaces: the variable fonts the site serves
 * (@fontsource-variable), so that the cards and the pages share one set of
 * fonts from npm and nothing is fetched at build time. Each family ships one
 * WOFF2 file per Unicode subset, so a face is the list of its subsets' fonts
 * and a character is looked up in each. fontkit draws a WOFF2 font's default
 * weight whatever variation is asked (its variations need the font's
 * uncompressed tables), so each file is first unpacked to TrueType with
 * wawoff2 (Google's WOFF2 decoder as WebAssembly), once per thread, when this
 * module loads.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create, type Font, type Glyph } from "fontkit";

/** A typeface of the card: a family at a weight. */
export interface FaceName {
  family: "source-serif-4" | "inter";
  weight: 400 | 600 | 700;
}

/** A glyph with the font that holds it (for its units per em) and that font's place in its face. */
export interface FaceGlyph {
  glyph: Glyph;
  font: Font;
  /** The index of the subset's font in `Face.fonts`: glyph ids are the subset's own. */
  subset: number;
}

/** A face: its subsets' fonts, searched in order. */
export interface Face {
  name: FaceName;
  fonts: Font[];
  /** Units per em, equal across the subsets of a family. */
  unitsPerEm: number;
}

const FAMILIES: Array<FaceName["family"]> = ["source-serif-4", "inter"];
const SUBSETS = ["latin", "latin-ext"] as const;
const require = createRequire(import.meta.url);
const decompress = require("wawoff2/decompress.js") as (woff2: Uint8Array) => Promise<Uint8Array>;

/**
 * Each family's subsets as TrueType fonts at the default instance. One file
 * at a time: the decoder's result lives in its WebAssembly memory, which the
 * next call reuses, so it is copied before the next file is read.
 */
const variable = new Map<FaceName["family"], Font[]>();
for (const family of FAMILIES) {
  const fonts: Font[] = [];
  for (const subset of SUBSETS) {
    const file = require.resolve(
      `@fontsource-variable/${family}/files/${family}-${subset}-wght-normal.woff2`,
    );
    fonts.push(create(Buffer.from(await decompress(readFileSync(file)))) as Font);
  }
  variable.set(family, fonts);
}
const faces = new Map<string, Face>();

/** The face `name`: its weight's instance of the variable font, made once per thread. */
export function face(name: FaceName): Face {
  const key = `${name.family}-${name.weight}`;
  let found = faces.get(key);
  if (found) return found;
  const fonts = (variable.get(name.family) ?? []).map((font) =>
    font.getVariation({ wght: name.weight }),
  );
  found = { name, fonts, unitsPerEm: (fonts[0] as Font).unitsPerEm };
  faces.set(key, found);
  return found;
}

/** The glyph of `codePoint` in `face`, or undefined when no subset has it. */
export function glyphOf(face: Face, codePoint: number): FaceGlyph | undefined {
  for (const [subset, font] of face.fonts.entries()) {
    if (font.hasGlyphForCodePoint(codePoint))
      return { glyph: font.glyphForCodePoint(codePoint), font, subset };
  }
  return undefined;
}
