/**
 * The stylesheet of a source page that highlights, with no script, the
 * passage a reader arrives at. A link to `#<fragment>` targets the passage's
 * first mark only; a quote across blocks or with elisions has more marks, and
 * CSS cannot match two elements by a shared attribute value. So each page gets
 * one selector per passage, with `:has()` and `:target`: when the mark with id
 * `<fragment>` is the target, every `mark[data-quote="<fragment>"]` and the
 * passage's note are selected. One rule for all of them sets `--target` (the
 * highlight's colour) and `--clamp` (a note's lines, all of them: the note is
 * what tells a reader without script which claim quotes the passage);
 * source.css says what each kind of element does with them, so that a page
 * with many passages does not repeat a selector for each kind.
 */

/** The classes and attributes the rules select; the page's markup and source.css use the same. */
const SCOPE = ".source";

/** CSS for the passages of one source page; empty when it has none. */
export function targetStyles(fragments: readonly string[]): string {
  if (fragments.length === 0) return "";
  const selectors = fragments
    .map(quoted)
    .map(
      (fragment) =>
        `${SCOPE}:has([id="${fragment}"]:target) :is(mark[data-quote="${fragment}"], [data-note-for~="${fragment}"])`,
    );
  return `${selectors.join(",\n")} {\n  --target: var(--mark-target);\n  --clamp: none;\n}\n`;
}

/** Ids are lowercase letters, digits and hyphens; escaping keeps a stray quote from ending the string. */
function quoted(value: string): string {
  return value.replace(/["\\\n]/g, (char) => `\\${char === "\n" ? "a " : char}`);
}
