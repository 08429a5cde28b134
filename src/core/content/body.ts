/**
 * Checking the Markdown body of a claim or a source, the same way for both:
 * its shape against the limits that keep parsing fast, then what the site must
 * not carry (raw HTML, unsafe addresses, misleading links).
 */
import type { Root } from "mdast";
import { type Diagnostic, diagnostic } from "../diagnostics/diagnostic.ts";
import { Rule } from "../diagnostics/rules.ts";
import type { ContentFile } from "./content-file.ts";
import { parseMarkdown } from "./markdown.ts";
import { markdownLimitProblem } from "./markdown-limits.ts";
import { markupProblems } from "./markup.ts";

/** A checked body: its tree when it could be parsed, and its problems. */
export interface CheckedBody {
  tree: Root | undefined;
  diagnostics: Diagnostic[];
}

// Raw HTML needs `<`; a link or an image needs `](`, `]:` (a definition) or `<` (an autolink).
const MAY_HOLD_MARKUP = /<|\]\(|\]:/;

/**
 * Checks `file`'s body. A body within the limits is parsed when `parse` is
 * true, or else only when it may hold HTML or links, which most claims'
 * reasoning does not: parsing is the costly part of checking a claim.
 */
export function checkBody(file: ContentFile, parse: boolean): CheckedBody {
  const at = (offset: number) => ({ file: file.path, ...file.point(file.bodyOffset + offset) });
  const limit = markdownLimitProblem(file.body);
  if (limit) {
    const reason = limit.reason;
    return {
      tree: undefined,
      diagnostics: [diagnostic({ ...at(limit.offset), rule: Rule.markdownLimit, reason })],
    };
  }
  if (!parse && !MAY_HOLD_MARKUP.test(file.body)) return { tree: undefined, diagnostics: [] };
  let tree: Root;
  try {
    tree = parseMarkdown(file.body);
  } catch (thrown) {
    // A shape the limits did not foresee: a diagnostic, not a crash of the whole check.
    if (!(thrown instanceof RangeError)) throw thrown;
    const reason = `The text cannot be read as Markdown (${thrown.message}). Simplify its nesting and marks.`;
    return {
      tree: undefined,
      diagnostics: [diagnostic({ ...at(0), rule: Rule.markdownLimit, reason })],
    };
  }
  const diagnostics = markupProblems(tree).map(
    (problem): Diagnostic =>
      diagnostic({
        ...at(problem.offset),
        rule: problem.rule,
        reason: problem.reason,
        hint: problem.hint,
      }),
  );
  return { tree, diagnostics };
}
