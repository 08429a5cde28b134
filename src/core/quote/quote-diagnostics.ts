/**
 * What the check says about a quote that is not found, found several times,
 * or found away from its prefix or suffix: where to look and what to change.
 */

import { Rule, type RuleId } from "../diagnostics/rules.ts";
import { type Location, type Part, type QuoteQuery, quoteParts } from "./locate.ts";
import { notFoundHint } from "./quote-not-found.ts";
import { disambiguate, quoteOf, wordsAfter, wordsBefore } from "./quote-places.ts";
import type { QuotedSource } from "./quoted-source.ts";

/** How many places of a repeated quote a hint lists. */
export const MAX_PLACES = 10;

/**
 * Rule, reason and hint for a location that is not a single match, or
 * `undefined` when it is. With the citation's `query`, the hint can say which
 * part of an elided quote is missing and show the quote's own characters.
 */
export function quoteProblem(
  citation: string,
  source: QuotedSource,
  location: Location,
  query?: QuoteQuery,
): { rule: RuleId; reason: string; hint?: string } | undefined {
  const where = `the source "${source.id}"`;
  switch (location.kind) {
    case "found":
      return undefined;
    case "empty":
      return {
        rule: Rule.quoteEmpty,
        reason: `The quote of citation "${citation}" has no text to look for.`,
      };
    case "not-found": {
      const reason = `The quote of citation "${citation}" is not in ${where}. Copy the passage as the source's reader sees it.`;
      return { rule: Rule.quoteNotFound, reason, hint: notFoundHint(location, source, query) };
    }
    case "ambiguous":
      return {
        rule: Rule.quoteAmbiguous,
        reason: `The quote of citation "${citation}" stands ${location.matches.length} times in ${where}. Add a prefix or a suffix (the text just before or after it) to say which one you mean.`,
        hint: [
          ...suggestions(location.matches, source, query),
          "Write the prefix or suffix of the place you mean in the citation, next to its quote.",
        ].join("\n"),
      };
    case "context-mismatch":
      return {
        rule: Rule.quoteContext,
        reason: `The quote of citation "${citation}" stands in ${where}, but never with the prefix or suffix given. Check that they are the text just before and just after the quote.`,
        hint: contextHint(location.matches, source, query),
      };
  }
}

/** Each place, with what really stands just before and after it, and how to tell it apart. */
function contextHint(matches: Part[][], source: QuotedSource, query?: QuoteQuery): string {
  const { text } = source.text.visible;
  const lines = matches.slice(0, MAX_PLACES).map((match) => {
    const before = wordsBefore(text, match[0]?.start ?? 0, 5);
    const after = wordsAfter(text, match[match.length - 1]?.end ?? 0, 5);
    return `${place(match, source)}  just before: ${shown(before)}  just after: ${shown(after)}`;
  });
  if (matches.length === 1) {
    lines.push(
      "The quote stands only there: remove the prefix and the suffix, or copy them from here.",
    );
  } else {
    lines.push(
      "To tell them apart, give the one you mean:",
      ...suggestions(matches, source, query),
    );
  }
  return lines.join("\n");
}

/**
 * `path:line  prefix: "…"` for each place, each suggestion checked with locate;
 * past {@link MAX_PLACES} places, a count: so many repeats call for a longer quote.
 */
function suggestions(matches: Part[][], source: QuotedSource, query?: QuoteQuery): string[] {
  const quote = query && quoteParts(query.quote).length > 0 ? query.quote : undefined;
  const lines = matches.slice(0, MAX_PLACES).map((match) => {
    const found = disambiguate(source.text, quote ?? quoteOf(source.text, match), match);
    if (!found) {
      return `${place(match, source)}  no prefix or suffix of a few words tells this place apart; quote a longer passage.`;
    }
    const [key, value] = Object.entries(found)[0] as [string, string];
    return `${place(match, source)}  ${key}: ${JSON.stringify(value)}`;
  });
  const more = matches.length - MAX_PLACES;
  if (more > 0) lines.push(`…and ${more} more places.`);
  return lines;
}

// What stands beside a quote, quoted; at either end of the source, nothing.
function shown(words: string): string {
  return words === "" ? "nothing" : JSON.stringify(words);
}

function place(match: Part[], source: QuotedSource): string {
  return `${source.path}:${source.line(match[0]?.fileStart ?? 0)}`;
}
