/**
 * The stylesheet of a source page that highlights, with no script, the
 * passage a reader arrives at. A link to `#<fragment>` targets the passage's
 * first mark only; a quote across blocks or with elisions has more marks, and
 * CSS cannot match two elements by a shared attribute value. So each page gets
 * one rule per passage, with `:has()` and `:target`: when the mark with id
 * `<fragment>` is the target, every `mark[data-quote="<fragment>"]`, the
 * passage's note and its arrival banner are highlighted.
 */

/** The classes and attributes the rules select; the page's markup and global.css use the same. */
const SCOPE = ".source";

/** CSS for the passages of one source page; empty when it has none. */
export function targetStyles(fragments: readonly string[]): string {
  if (fragments.length === 0) return "";
  const when = (fragment: string) => `${SCOPE}:has([id="${quoted(fragment)}"]:target)`;
  const rule = (selector: (fragment: string) => string, body: string) =>
    `${fragments.map((fragment) => `${when(fragment)} ${selector(quoted(fragment))}`).join(",\n")} {\n  ${body}\n}\n`;
  return [
    rule(
      (f) => `mark[data-quote="${f}"]`,
      "background: var(--mark-target); box-shadow: 0 0 0 2px var(--mark-target);",
    ),
    rule((f) => `[data-arrival="${f}"]`, "display: flex;"),
    rule((f) => `[data-note-for="${f}"]`, "background: var(--mark-target); color: var(--fg);"),
  ].join("");
}

/** Ids are lowercase letters, digits and hyphens; escaping keeps a stray quote from ending the string. */
function quoted(value: string): string {
  return value.replace(/["\\\n]/g, (char) => `\\${char === "\n" ? "a " : char}`);
}
