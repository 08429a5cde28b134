/**
 * The hint for a quote that is not in its source: which part of an elided
 * quote is missing, the closest passage as the reader sees it, and each
 * difference in a sentence, invisible and look-alike characters named.
 */
import { MAX_DIFFERENCES } from "./closest.ts";
import { type Change, changes } from "./differences.ts";
import { foldPresentation } from "./fold.ts";
import { ELISION, type Location, MAX_ELISION_GAP, type QuoteQuery, quoteParts } from "./locate.ts";
import type { QuotedSource } from "./quoted-source.ts";
import { normalizeText } from "./text.ts";
import { describeCharacter, labelCharacter } from "./unicode-names.ts";

type NotFound = Extract<Location, { kind: "not-found" }>;

/** The hint lines for a quote that is not found; `query` is the citation, when known. */
export function notFoundHint(location: NotFound, source: QuotedSource, query?: QuoteQuery): string {
  const text = source.text.normalized.text;
  // locate reports the first part that is missing; when even that one is there, all are.
  if (text.includes(location.part)) return APART;
  const parts = query ? quoteParts(query.quote) : [];
  const index = parts.indexOf(location.part);
  const lines: string[] = [];
  if (parts.length > 1 && index !== -1) lines.push(whichParts(parts.map((p) => text.includes(p))));
  const { closest } = location;
  if (!closest) {
    lines.push(
      `No passage of ${source.path} comes close to it. Check that "${source.id}" is the right source: the quote may come from another one.`,
    );
    return lines.join("\n");
  }
  const of = lines.length > 0 ? ` to the ${ordinal(index + 1)} part` : "";
  const percent = Math.floor(closest.similarity * 100);
  lines.push(
    `Closest passage${of}, ${source.path}:${source.line(closest.fileStart)} (${percent}% similar):`,
    `  ${JSON.stringify(closest.text)}`,
  );
  const raw = query?.quote.split(ELISION).find((piece) => normalizeText(piece) === location.part);
  const range = { from: closest.normalizedStart, to: closest.normalizedEnd };
  const list = changes(source.text, range, location.part, raw);
  if (list.length > 0) lines.push("Where they differ, the source's text in [brackets]:");
  for (const change of list.slice(0, MAX_DIFFERENCES)) {
    const line = source.line(source.text.visible.offsets[change.start] ?? 0);
    lines.push(`  Line ${line}: ${change.context}`, `    ${sentence(change)}`);
  }
  const more = list.length - MAX_DIFFERENCES;
  if (more > 0) lines.push(`  …and ${more} more difference${more === 1 ? "" : "s"}.`);
  return lines.join("\n");
}

const APART = `Each part of the quote is in the source, but not in this order within ${MAX_ELISION_GAP} characters of each other: […] may shorten a passage, not join passages that stand apart. Cite each passage in a citation of its own.`;

function whichParts(present: boolean[]): string {
  const found = present.flatMap((yes, k) => (yes ? [ordinal(k + 1)] : []));
  const missing = present.flatMap((yes, k) => (yes ? [] : [ordinal(k + 1)]));
  const head = `The quote has ${present.length} parts, separated by […]:`;
  if (found.length === 0) return `${head} none of them is in the source as written.`;
  const verb = (ordinals: string[]) => (ordinals.length === 1 ? "is" : "are");
  return `${head} the ${list(found)} ${verb(found)} in the source, the ${list(missing)} ${verb(missing)} not.`;
}

/** One difference, in a sentence. */
function sentence(change: Change): string {
  const { source, quote, sourceChars, quoteChars } = change;
  switch (change.kind) {
    case "case": {
      const letter =
        sourceChars === sourceChars.toUpperCase() ? "a capital letter" : "a small letter";
      const letters = sourceChars.length > 1 ? letter.replace(/^a (.*)$/u, "$1s") : letter;
      return `Only the case differs: the source has ${JSON.stringify(source)}, with ${letters}; the quote has ${JSON.stringify(quote)}.`;
    }
    case "characters":
      return `The source has ${characters(sourceChars)} there${plain(sourceChars)}; the quote has ${characters(quoteChars)}.`;
    case "removed":
      return `The quote leaves out ${JSON.stringify(sourceChars.trim())}.`;
    case "added":
      return `The quote adds ${JSON.stringify(quoteChars.trim())}, which the source does not have there.`;
    case "words": {
      const named = [...names(sourceChars, ""), ...names(quoteChars, "in the quote: ")];
      if (styled(source)) named.push("the source's styled letters match plain ones");
      const note = named.length > 0 ? ` (${named.join("; ")})` : "";
      return `The quote has ${JSON.stringify(quote)} where the source has ${JSON.stringify(source)}${note}.`;
    }
  }
}

/** `a NO-BREAK SPACE (U+00A0)`, `an EN DASH (–, U+2013) and a SPACE`, `nothing`. */
function characters(text: string): string {
  const chars = [...text].filter((char) => !ignored(char));
  // A space beside a quotation mark or a dash is forgiven; naming it would only distract.
  const visible = chars.filter((char) => !/\s/u.test(char));
  const shown = visible.length > 0 ? visible : chars.slice(0, 1);
  if (shown.length === 0) return "nothing";
  const runs: string[] = [];
  for (let k = 0; k < shown.length; ) {
    let n = 1;
    while (shown[k + n] === shown[k]) n++;
    const described = describeCharacter(shown[k] as string);
    runs.push(n === 1 ? described : `${n} × ${described.replace(/^an? /u, "")}`);
    k += n;
  }
  return list(runs);
}

/**
 * What the normalisation would accept instead of the source's characters, when
 * that is plain ASCII: ` (a plain " matches it)` for a guillemet.
 */
function plain(text: string): string {
  const kept = [...text].filter((char) => !ignored(char));
  const chars = kept.filter((char) => !/\s/u.test(char));
  const shown = chars.length > 0 ? chars : kept.slice(0, 1);
  const accepted = new Set(shown.map((char) => (/\s/u.test(char) ? " " : normalizeText(char))));
  const [only] = accepted;
  if (accepted.size !== 1 || !only || !/^[\x20-\x7E]+$/u.test(only) || shown.includes(only)) {
    return "";
  }
  const what = only === " " ? "space" : only;
  return ` (a plain ${what} matches ${shown.length === 1 ? "it" : "each"})`;
}

/**
 * Labels of the characters of `text` that are not plain ASCII, each once. A
 * letter in a presentation form (the tweet's bold `𝐞` + U+0301) is named as
 * the letter it stands for (é), since that is what a quote must have.
 */
function names(text: string, lead: string): string[] {
  const clusters = text.match(/\P{M}\p{M}*/gu) ?? [];
  const chars = clusters.flatMap((cluster) => {
    const letter = foldPresentation(cluster);
    return [...letter].length === 1 && /\p{L}/u.test(letter) ? [letter] : [...cluster];
  });
  const unusual = [...new Set(chars.filter((char) => char > "\u007E" || char < " "))];
  return unusual.map((char, k) => `${k === 0 ? lead : ""}${labelCharacter(char)}`);
}

// A soft hyphen or a zero-width character: the normalisation drops it, so it is no difference.
function ignored(char: string): boolean {
  return !/\s/u.test(char) && normalizeText(char) === "";
}

function styled(text: string): boolean {
  return [...text].some((char) => /\p{L}/u.test(char) && foldPresentation(char) !== char);
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}
