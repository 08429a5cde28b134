/**
 * The fonts of the scripts the card's own families lack, from npm (Noto
 * through Fontsource): Hebrew, Arabic, emoji (Noto Emoji: one colour, as the
 * card's palette has) and Japanese (whose font also draws most Chinese
 * characters). Each package ships one file per Unicode subset and says each
 * subset's characters in its unicode.json, so a character is looked up in
 * the one subset that has it: a Japanese claim unpacks a few of Noto Sans
 * JP's 124 files, not all of them.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** A subset of a script's font: its name in the package's files and its characters. */
export interface ScriptSubset {
  name: string;
  has(codePoint: number): boolean;
}

/** A script's font package. */
export interface ScriptFont {
  id: string;
  pkg: string;
  /** A variable font (weight set by variation) or one file per weight. */
  variable: boolean;
  subsets: ScriptSubset[];
  /** The file of `subset` at `weight`, in the package's `files/`. */
  file(subset: string, weight: number): string;
}

const require = createRequire(import.meta.url);

/**
 * The script fonts, searched in this order after the card's own: emoji before
 * Japanese, whose font also has a few symbols (★, ©) in text style.
 */
export const SCRIPT_FONTS: ScriptFont[] = [
  variableFont("noto-sans-hebrew", ["hebrew"]),
  variableFont("noto-sans-arabic", ["arabic"]),
  {
    id: "noto-emoji",
    pkg: "@fontsource/noto-emoji",
    variable: false,
    subsets: subsetsOf("@fontsource/noto-emoji"),
    file: (subset, weight) => `noto-emoji-${subset}-${weight}-normal.woff2`,
  },
  variableFont("noto-sans-jp"),
];

/** A @fontsource-variable package of Noto; `only` keeps the subsets of its script. */
function variableFont(id: string, only?: string[]): ScriptFont {
  const pkg = `@fontsource-variable/${id}`;
  return {
    id,
    pkg,
    variable: true,
    subsets: subsetsOf(pkg).filter((subset) => !only || only.includes(subset.name)),
    file: (subset) => `${id}-${subset}-wght-normal.woff2`,
  };
}

/** The subsets a package's unicode.json lists: `"[12]": "U+4e00-4e0f,U+4e11"`, or `"arabic": …`. */
function subsetsOf(pkg: string): ScriptSubset[] {
  const ranges = JSON.parse(readFileSync(require.resolve(`${pkg}/unicode.json`), "utf8")) as Record<
    string,
    string
  >;
  return Object.entries(ranges).map(([key, list]) => {
    const spans = list.split(",").map(span);
    return {
      name: key.replace(/^\[(\d+)\]$/, "$1"),
      has: (codePoint) => spans.some(([from, to]) => codePoint >= from && codePoint <= to),
    };
  });
}

/** A CSS unicode-range item as [first, last]: `U+26ff6-26ff8`, `U+4??` (any last two digits) or `U+200d`. */
function span(item: string): [number, number] {
  const [from = "", to] = item.trim().replace(/^U\+/i, "").split("-");
  if (to !== undefined) return [Number.parseInt(from, 16), Number.parseInt(to, 16)];
  return [
    Number.parseInt(from.replaceAll("?", "0"), 16),
    Number.parseInt(from.replaceAll("?", "f"), 16),
  ];
}
