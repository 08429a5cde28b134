/** A small source, prepared as the check prepares one, for the quote modules' tests. */
import { parseMarkdown } from "../../content/markdown.ts";
import { visibleText } from "../passages.ts";
import { type QuotedSource, quotedSource } from "../quoted-source.ts";
import { searchable } from "../searchable.ts";

/** The source file: front matter on lines 1-3, the body from line 4. */
export const JOURNAL =
  "---\ntitle: t\n---\nIl a dit : « La République serait derrière Amine »\net il l’a redit.\n\nLa République serait derrière Amine, encore.\n";

const BODY_OFFSET = JOURNAL.indexOf("Il a dit");

/** The source `journal` as quote diagnostics see it. */
export function journal(): QuotedSource {
  const body = JOURNAL.slice(BODY_OFFSET);
  const text = searchable(visibleText(parseMarkdown(body), body, BODY_OFFSET));
  return quotedSource("journal", "sources/journal.md", JOURNAL, text);
}
