/**
 * The shape limits of a page, enforced while it is tokenised: a page nested
 * deeper than any article, or with more elements than any article has, is
 * refused as the tokenizer reaches the limit, before a DOM is built (building
 * one for 100 000 nested elements takes longer than the extraction's
 * deadline, so the page would otherwise end on the generic time-out).
 * htmlparser2 is the tokenizer linkedom builds its DOM with, so both count
 * the same elements.
 */
import { Parser } from "htmlparser2";
import { CaptureError } from "./errors.ts";

/** Elements nested deeper than this are no article: the page is refused. */
export const MAX_DEPTH = 200;
/** Pages with more elements than this are refused before Readability reads them. */
export const MAX_ELEMENTS = 60_000;

/** Throws a {@link CaptureError} as soon as `html` goes beyond a shape limit. */
export function checkShape(html: string): void {
  let count = 0;
  let depth = 0;
  const parser = new Parser({
    onopentag() {
      count++;
      depth++;
      if (count > MAX_ELEMENTS) {
        throw new CaptureError(
          `The page has more than ${MAX_ELEMENTS.toLocaleString("en")} elements, more than any article needs. Save the article alone (the browser's reader view, or SingleFile), or import a PDF of it.`,
        );
      }
      if (depth > MAX_DEPTH) {
        throw new CaptureError(
          `The page nests its elements more than ${MAX_DEPTH} deep, which no article does. Save the article alone (the browser's reader view), or import a PDF of it.`,
        );
      }
    },
    onclosetag() {
      depth--;
    },
  });
  parser.write(html);
  parser.end();
}
