/**
 * The card's typefaces: the variable fonts the site serves
 * (@fontsource-variable), so that the cards and the pages share one set of
 * fonts from npm and nothing is fetched at build time. Each family ships one
 * WOFF2 file per Unicode subset, so a face is the list of its subsets' fonts
 * and a character is looked up in each. fontkit draws a WOFF2 font's default
 * weight whatever variation is asked (its variations need the font's
 * uncompressed tables), so each file is first unpacked to TrueType with
 * wawoff2 (Google's WOFF2 decoder as WebAssembly), once per thread.
 *
 * A character neither family has (Hebrew, Arabic, Japanese, an emoji) is
 * looked up in the Noto fonts of scripts.ts, whose subsets are unpacked only
 * when a card first needs one.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create, type Font, type Glyph } from "fontkit";
import { SCRIPT_FONTS, type ScriptFont } from "./scripts.ts";

/** A typeface of the card: a family at a weight. */
export interface FaceName {
  family: "source-serif-4" | "inter";
  weight: 400 | 600 | 700;
  /** Source Serif's italic (the quoted claim); Inter has none. */
  italic?: boolean;
}

/** A glyph with the font that holds it (for its units per em, its layout and its name in the glyph cache). */
export interface FaceGlyph {
  glyph: Glyph;
  font: Font;
}

/** A face: its subsets' fonts, searched in order. */
export interface Face {
  name: FaceName;
  fonts: Font[];
  /** Units per em, equal across the subsets of a family. */
  unitsPerEm: number;
}

/** The families' files: each style is a variable font of its own. */
const FAMILIES = [
  ["source-serif-4", "normal"],
  ["source-serif-4", "italic"],
  ["inter", "normal"],
] as const;
const SUBSETS = ["latin", "latin-ext"] as const;
const require = createRequire(import.meta.url);
const decompress = require("wawoff2/decompress.js") as (woff2: Uint8Array) => Promise<Uint8Array>;
/** Each font's name in the glyph cache: glyph ids are a subset's own. */
const keys = new WeakMap<Font, string>();

/** The TrueType font of a WOFF2 file, copied out of the decoder's memory (its next call reuses it). */
function unpacked(woff2: Uint8Array, unpack: (woff2: Uint8Array) => Uint8Array, key: string): Font {
  const font = create(Buffer.from(unpack(woff2))) as Font;
  keys.set(font, key);
  return font;
}

/** Each family's subsets as TrueType fonts at the default instance, one file at a time. */
const variable = new Map<string, Font[]>();
for (const [family, style] of FAMILIES) {
  const fonts: Font[] = [];
  for (const subset of SUBSETS) {
    const file = require.resolve(
      `@fontsource-variable/${family}/files/${family}-${subset}-wght-${style}.woff2`,
    );
    const ttf = await decompress(readFileSync(file));
    fonts.push(unpacked(ttf, (same) => same, `${family}-${style}-${subset}`));
  }
  variable.set(`${family}-${style}`, fonts);
}
/**
 * The decoder called directly, once the call above has started its
 * WebAssembly runtime: a script's font is unpacked when a card first needs it,
 * in the middle of setting a line, which cannot wait for a promise.
 */
const unpackNow = (
  require("wawoff2/build/decompress_binding.js") as {
    decompress: (woff2: Uint8Array) => Uint8Array | false;
  }
).decompress;

const faces = new Map<string, Face>();

/** The face `name`: its weight's instance of the variable font, made once per thread. */
export function face(name: FaceName): Face {
  const style = name.italic ? "italic" : "normal";
  const key = `${name.family}-${style}-${name.weight}`;
  let found = faces.get(key);
  if (found) return found;
  const fonts = (variable.get(`${name.family}-${style}`) ?? []).map((font) => {
    const instance = font.getVariation({ wght: name.weight });
    keys.set(instance, `${keys.get(font)}-${name.weight}`);
    return instance;
  });
  found = { name, fonts, unitsPerEm: (fonts[0] as Font).unitsPerEm };
  faces.set(key, found);
  return found;
}

/** The name of `font` in the glyph cache. */
export function fontKey(font: Font): string {
  return keys.get(font) ?? font.postscriptName;
}

/** The glyph of `codePoint` in `face`, else in the script font that has it; undefined when none has. */
export function glyphOf(face: Face, codePoint: number): FaceGlyph | undefined {
  const font = fontOf(face, codePoint);
  return font && { glyph: font.glyphForCodePoint(codePoint), font };
}

/** Each face's font of each character asked for (null: none), since a card asks for each of its characters. */
const chosen = new WeakMap<Face, Map<number, Font | null>>();

/** The font that draws `codePoint` in `face`: the face's own, else a script's (loaded now). */
export function fontOf(face: Face, codePoint: number): Font | undefined {
  let known = chosen.get(face);
  if (!known) {
    known = new Map();
    chosen.set(face, known);
  }
  let font = known.get(codePoint);
  if (font === undefined) {
    font = findFont(face, codePoint) ?? null;
    known.set(codePoint, font);
  }
  return font ?? undefined;
}

function findFont(face: Face, codePoint: number): Font | undefined {
  for (const font of face.fonts) if (font.hasGlyphForCodePoint(codePoint)) return font;
  for (const script of SCRIPT_FONTS) {
    const subset = script.subsets.find((candidate) => candidate.has(codePoint));
    if (!subset) continue;
    const font = scriptFont(script, subset.name, face.name.weight);
    if (font.hasGlyphForCodePoint(codePoint)) return font;
  }
  return undefined;
}

const scriptFonts = new Map<string, Font>();

function scriptFont(script: ScriptFont, subset: string, weight: FaceName["weight"]): Font {
  const key = `${script.id}-${subset}-${weight}`;
  const known = scriptFonts.get(key);
  if (known) return known;
  const file = require.resolve(`${script.pkg}/files/${script.file(subset, weight)}`);
  const font = unpacked(
    readFileSync(file),
    (woff2) => {
      const ttf = unpackNow(woff2);
      if (!ttf) throw new Error(`${file} is not a WOFF2 font wawoff2 can read.`);
      return ttf;
    },
    key,
  );
  const instance = script.variable ? font.getVariation({ wght: weight }) : font;
  keys.set(instance, key);
  scriptFonts.set(key, instance);
  return instance;
}
