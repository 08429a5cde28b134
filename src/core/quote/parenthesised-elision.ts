/**
 * `(…)` and `(...)`: how many newspapers mark an elision, and what a
 * contributor types first. Citable reads them as text (a source may print
 * them), so a quote that holds one and is not found gets a message that says
 * so and asks for `[…]`.
 */
import { Rule } from "../diagnostics/rules.ts";
import { locate, type QuoteQuery } from "./locate.ts";
import type { QuoteRuleProblem } from "./quote-rules.ts";
import type { QuotedSource } from "./quoted-source.ts";

const PARENTHESISED = /\(\s*(?:…|\.\.\.)\s*\)/gu;

/**
 * For a quote that was not found: when it holds `(…)` or `(...)`, the problem
 * that suggests `[…]`, saying whether the quote stands in the source with it;
 * otherwise `undefined`.
 */
export function parenthesisedElisionProblem(
  citation: string,
  source: QuotedSource,
  query: QuoteQuery,
): QuoteRuleProblem | undefined {
  const written = query.quote.match(PARENTHESISED)?.[0];
  if (written === undefined) return undefined;
  const elided = { ...query, quote: query.quote.replace(PARENTHESISED, "[…]") };
  const { kind } = locate(source.text, elided);
  const found = kind === "found" || kind === "ambiguous" || kind === "context-mismatch";
  return {
    rule: Rule.quoteNotFound,
    reason: `The quote of citation "${citation}" is not in the source "${source.id}": it holds ${JSON.stringify(written)}, which the check reads as text, not as an elision. To leave words out, write […] with square brackets.`,
    hint: found
      ? `With […] in place of ${JSON.stringify(written)}, the quote stands in ${source.path}.`
      : `Even with […] in place of ${JSON.stringify(written)}, the quote is not in ${source.path}: copy each part as the source's reader sees it.`,
  };
}
