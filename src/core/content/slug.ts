/**
 * Slugs for the listing pages of tags and claimants (`/tags/<slug>/`): short,
 * lowercase ASCII, and the same for labels a reader would call the same
 * (`Élection municipale` and `Election municipale`).
 */

// Letters that NFKD does not take apart but that have a usual ASCII spelling.
const LIGATURES: Record<string, string> = {
  æ: "ae",
  œ: "oe",
  ß: "ss",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
};
const LIGATURE = /[æœßøđðłþı]/gu;
const MARKS = /\p{M}+/gu;
const NOT_ALNUM = /[^a-z0-9]+/g;

/**
 * Returns the slug of `label`: compatibility forms folded (NFKC, so the
 * mathematical bold letters of a tweet read as plain ones), accents dropped,
 * lowercase, every run of other characters (spaces, apostrophes, punctuation)
 * one hyphen, no hyphen at either end. `Cour d’appel` gives
 * `cour-d-appel`.
 *
 * Never empty: a label with no Latin letter or digit (`???`, a label in
 * another script) gets `x-` and eight hex digits of a hash of the label, so
 * its URL is stable from one build to the next.
 */
export function slugify(label: string): string {
  // NFKC first turns 𝐞 + U+0301 into é; NFKD then splits é so the mark can go.
  const slug = label
    .normalize("NFKC")
    .toLowerCase()
    .normalize("NFKD")
    .replace(MARKS, "")
    .replace(LIGATURE, (char) => LIGATURES[char] ?? char)
    .replace(NOT_ALNUM, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? `x-${fnv1a(label.normalize("NFC"))}` : slug;
}

/** 32-bit FNV-1a of the UTF-16 units of `text`, as eight hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}
