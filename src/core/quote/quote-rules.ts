/**
 * Rules a quote must meet besides standing in its source: it must be long
 * enough to be evidence, and an elision may not leave out a whole block.
 */
import { Rule, type RuleId } from "../diagnostics/rules.ts";
import { locateAcrossBlocks, type QuoteQuery, quoteParts, quotePieces } from "./locate.ts";
import type { QuotedSource } from "./quoted-source.ts";

/**
 * The shortest quote that counts as a citation, after normalisation. A word
 * or two ("prêt", "il a dit") stands in almost any article and proves
 * nothing; three words and twelve characters is the shortest statement a
 * reader recognises ("le maire a menti"). Each part around `[…]` needs two
 * words, so that elisions cannot assemble a sentence out of single words
 * picked across a passage ("La commune […] financera […] la piscine").
 */
export const QUOTE_MINIMUM = {
  /** Words in the whole quote (a word holds a letter or a digit). */
  words: 3,
  /** Characters in the whole quote, spaces left out. */
  characters: 12,
  /** Words in each part of an elided quote. */
  partWords: 2,
} as const;

/** What a quote rule reports. */
export interface QuoteRuleProblem {
  rule: RuleId;
  reason: string;
  hint?: string;
}

const WORD = /[\p{L}\p{N}]/u;

/** Why the quote of citation `citation` is too short, or `undefined` when it is long enough. */
export function quoteLengthProblem(citation: string, quote: string): QuoteRuleProblem | undefined {
  const parts = quoteParts(quote);
  if (parts.length === 0) return undefined; // an empty quote has its own rule
  const empty = emptyPartProblem(citation, quote);
  if (empty) return empty;
  const words = (part: string) => part.split(" ").filter((word) => WORD.test(word)).length;
  const total = parts.reduce((sum, part) => sum + words(part), 0);
  const characters = parts.reduce((sum, part) => sum + part.replace(/ /g, "").length, 0);
  if (total < QUOTE_MINIMUM.words || characters < QUOTE_MINIMUM.characters) {
    return {
      rule: Rule.quoteTooShort,
      reason: `The quote of citation "${citation}" is too short to be evidence (${plural(total, "word")}, ${plural(characters, "character")}). Quote at least ${QUOTE_MINIMUM.words} words and ${QUOTE_MINIMUM.characters} characters, enough for a reader to recognise the passage.`,
    };
  }
  if (parts.length > 1) {
    const short = parts.find((part) => words(part) < QUOTE_MINIMUM.partWords);
    if (short !== undefined) {
      return {
        rule: Rule.quoteTooShort,
        reason: `The part ${JSON.stringify(short)} of the quote of citation "${citation}" is a single word. Each part around […] needs at least ${QUOTE_MINIMUM.partWords} words, so that an elision cannot assemble a sentence from scattered words.`,
      };
    }
  }
  return undefined;
}

/**
 * Why a part of an elided quote holds nothing to find: two elisions in a row
 * (`a b […] […] c d`), or a part of punctuation alone (`a b […] , […] c d`).
 * A quote may still begin or end with […].
 */
function emptyPartProblem(citation: string, quote: string): QuoteRuleProblem | undefined {
  const parts = quotePieces(quote);
  const need = `Each part around […] needs at least ${QUOTE_MINIMUM.partWords} words`;
  for (const [index, part] of parts.entries()) {
    if (part === "" && index > 0 && index < parts.length - 1) {
      return {
        rule: Rule.quoteTooShort,
        reason: `The quote of citation "${citation}" has two […] with nothing between them. ${need}: write one […] for each passage you leave out.`,
      };
    }
    if (part !== "" && !WORD.test(part)) {
      return {
        rule: Rule.quoteTooShort,
        reason: `The part ${JSON.stringify(part)} of the quote of citation "${citation}" is punctuation alone. ${need}: leave it out with the passage around it, or quote the words beside it.`,
      };
    }
  }
  return undefined;
}

/**
 * For an elided quote that was not found: when it would be found if its
 * elisions could leave out whole blocks, the problem and the lines where its
 * parts stand; otherwise `undefined` (the quote-not-found hint then says
 * whether its parts stand out of order or too far apart).
 */
export function elisionProblem(
  citation: string,
  source: QuotedSource,
  query: QuoteQuery,
): QuoteRuleProblem | undefined {
  const match = locateAcrossBlocks(source.text, query)[0];
  if (!match) return undefined;
  const lines = [...new Set(match.map((part) => source.line(part.fileStart)))];
  return {
    rule: Rule.quoteElision,
    reason: `The quote of citation "${citation}" stands in the source "${source.id}" only if […] leaves out a whole paragraph, heading or list item. An elision may shorten a passage, not join passages that the source keeps apart: quote them in separate citations.`,
    hint: `Its parts stand in ${source.path} on ${lines.length === 1 ? "line" : "lines"} ${lines.slice(0, -1).join(", ")}${lines.length > 1 ? " and " : ""}${lines.at(-1)}.`,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
