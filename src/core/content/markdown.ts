/**
 * Markdown read the one way Citable reads it, for the body checks, the quotes'
 * visible text and the pages alike. It sits with the content files because
 * their checks parse it first; the quote and site layers above use the tree.
 */
import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";

/**
 * A line that may be a GFM table's delimiter row (`| --- | :-: |`), behind any
 * block quote or list marker. A table cannot exist without one, and micromark's
 * table extension makes long paragraphs several times slower to parse (a
 * 4.6 MB body: 2.4 s without it, 14 s with it), so a body without such a line
 * is parsed without it: the tree is the same.
 */
const DELIMITER_ROW = /^[ \t>*+\-\d.)]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/m;

/**
 * Parses Markdown the one way Citable does, for the check and the pages alike:
 * CommonMark with GitHub's tables and strike-through, the two marks an
 * imported article needs (remark-gfm's other parts are left out on purpose:
 * its bare-address links and footnotes would change what existing sources
 * show and which addresses the check holds to its rules).
 */
export function parseMarkdown(markdown: string): Root {
  const tables = DELIMITER_ROW.test(markdown);
  return fromMarkdown(markdown, {
    extensions: [gfmStrikethrough({ singleTilde: false }), ...(tables ? [gfmTable()] : [])],
    mdastExtensions: [gfmStrikethroughFromMarkdown(), ...(tables ? [gfmTableFromMarkdown()] : [])],
  });
}
