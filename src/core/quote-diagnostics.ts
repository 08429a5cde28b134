/**
 * What the check says about a quote that is not found, found several times,
 * or found away from its prefix or suffix: where to look and what to change.
 */
import type { Closest } from "./closest.ts";
import type { Location, Part, Searchable } from "./locate.ts";
import { Rule, type RuleId } from "./rules.ts";

/** The source as a quote diagnostic names it. */
export interface QuotedSource {
  /** The source's id. */
  id: string;
  /** Display path of the source file. */
  path: string;
  /** Its searchable text. */
  text: Searchable;
  /** Line of an offset of the source file. */
  line(offset: number): number;
}

/** Rule, reason and hint for a location that is not a single match, or `undefined` when it is. */
export function quoteProblem(
  citation: string,
  source: QuotedSource,
  location: Location,
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
      return { rule: Rule.quoteNotFound, reason, hint: closestHint(location.closest, source) };
    }
    case "ambiguous":
      return {
        rule: Rule.quoteAmbiguous,
        reason: `The quote of citation "${citation}" stands ${location.matches.length} times in ${where}. Add a prefix or a suffix (the text just before or after it) to say which one you mean.`,
        hint: places(location.matches, source),
      };
    case "context-mismatch":
      return {
        rule: Rule.quoteContext,
        reason: `The quote of citation "${citation}" stands in ${where}, but never with the prefix or suffix given. Check that they are the text just before and just after the quote.`,
        hint: places(location.matches, source),
      };
  }
}

function closestHint(closest: Closest | undefined, source: QuotedSource): string {
  if (!closest) return `No passage of ${source.path} comes close to it.`;
  const percent = Math.floor(closest.similarity * 100);
  const lines = [
    `Closest passage, ${source.path}:${source.line(closest.fileStart)} (${percent}% similar):`,
    `  ${JSON.stringify(closest.text)}`,
  ];
  for (const difference of closest.differences) {
    if (difference.source === "") lines.push(`The quote adds ${JSON.stringify(difference.quote)}.`);
    else if (difference.quote === "")
      lines.push(`The quote leaves out ${JSON.stringify(difference.source)}.`);
    else {
      lines.push(
        `The quote has ${JSON.stringify(difference.quote)} where the source has ${JSON.stringify(difference.source)}.`,
      );
    }
  }
  return lines.join("\n");
}

/** Each place of a quote, with the words around it that would tell it apart. */
function places(matches: Part[][], source: QuotedSource): string {
  const { text } = source.text.visible;
  return matches
    .map((parts) => {
      const first = parts[0] as Part;
      const last = parts[parts.length - 1] as Part;
      const before = words(text.slice(Math.max(0, first.start - 80), first.start)).slice(-4);
      const after = words(text.slice(last.end, last.end + 80)).slice(0, 4);
      return `${source.path}:${source.line(first.fileStart)}  prefix: ${JSON.stringify(before.join(" "))}  suffix: ${JSON.stringify(after.join(" "))}`;
    })
    .join("\n");
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== "");
}
