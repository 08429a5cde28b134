/**
 * The content format's version, `format` in site.yaml. A site's content lives
 * longer than one release of the engine: when a release changes what the
 * content must say, it raises the number, and the check tells an owner whose
 * content is older exactly what to change, rather than a list of schema errors.
 */
import { type Diagnostic, diagnostic, type Span } from "../diagnostics/diagnostic.ts";
import { Rule } from "../diagnostics/rules.ts";
import { CONTENT_FORMAT } from "../schema/settings.ts";

/** The release that wrote each older format: content without a `format` field is format 1. */
const RELEASE_OF: Record<number, string> = { 1: "0.1.0" };

/** Where the upgrading notes are, for the hints. */
const NOTES = "docs/content-format.md#upgrading";

/**
 * The problem with site.yaml's `format` (as parsed in `data`), or undefined
 * when it is this release's. `file` is site.yaml as printed; `position` finds
 * the line of a field.
 */
export function contentFormatProblem(
  data: unknown,
  file: string,
  position: (path: readonly PropertyKey[]) => Span,
): Diagnostic | undefined {
  const fields = typeof data === "object" && data !== null ? (data as Record<string, unknown>) : {};
  const format = fields.format;
  if (format === CONTENT_FORMAT) return undefined;
  const base = { file, rule: Rule.contentFormat };
  if (format === undefined) {
    return diagnostic({
      ...base,
      line: 1,
      column: 1,
      reason: `This content has no format number, so it is in format 1, written for Citable ${RELEASE_OF[1]}; this release reads format ${CONTENT_FORMAT}.`,
      hint: `Add the line "format: ${CONTENT_FORMAT}" at the top of ${file}, then follow the upgrading notes in ${NOTES} and run npm run check again.`,
    });
  }
  const at = position(["format"]);
  if (typeof format !== "number" || !Number.isInteger(format) || format < 1) {
    return diagnostic({
      ...base,
      ...at,
      reason: `The field "format" must be the whole number ${CONTENT_FORMAT}, the content format this release reads.`,
      hint: `Write "format: ${CONTENT_FORMAT}".`,
    });
  }
  if (format < CONTENT_FORMAT) {
    const release = RELEASE_OF[format];
    return diagnostic({
      ...base,
      ...at,
      reason: `This content is in format ${format}${release ? `, written for Citable ${release}` : ""}; this release reads format ${CONTENT_FORMAT}.`,
      hint: `Change this line to "format: ${CONTENT_FORMAT}", then follow the upgrading notes in ${NOTES} and run npm run check again.`,
    });
  }
  return diagnostic({
    ...base,
    ...at,
    reason: `This content is in format ${format}, written for a newer Citable; this release reads format ${CONTENT_FORMAT}.`,
    hint: "Merge the newer Citable release into this repository (see README.md, Start your own site), then run npm run check again.",
  });
}
