/**
 * The card's typefaces, read from npm packages (@fontsource): nothing is
 * fetched at build time. Each family ships one file per Unicode subset, so a
 * face is the list of its subsets' files and a character is looked up in each.
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

const SUBSETS = ["latin", "latin-ext"] as const;
const require = createRequire(import.meta.url);
const faces = new Map<string, Face>();

/** The face `name`, read once per thread. */
export function face(name: FaceName): Face {
  const key = `${name.family}-${name.weight}`;
  let found = faces.get(key);
  if (found) return found;
  const fonts = SUBSETS.map((subset) => {
    const file = require.resolve(
      `@fontsource/${name.family}/files/${name.family}-${subset}-${name.weight}-normal.woff`,
    );
    return create(readFileSync(file)) as Font;
  });
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
