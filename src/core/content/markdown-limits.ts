/**
 * Limits on the shape of a Markdown body, checked in one linear pass before
 * the body is parsed. The Markdown parser (micromark) reads 4 MB of prose in
 * about 2 s, but some shapes cost far more than their size. Measured on the
 * project's 2-core machine: 20 000 lines of block quotes nested 8 deep take
 * 2.6 s and 400 MB; nested list items cost with the square of their number
 * (2 000 take 1.2 s, 20 000 more than 100 s); one paragraph of 20 000 `a*`
 * takes 18 s; a block quote 5 000 levels deep overflows the stack. A pull
 * request must not stall or crash the check and the build, so a body beyond
 * these limits is refused before it is parsed. Real articles stay far below
 * them.
 */

/** The limits, each chosen so that the worst body under it parses in about a second. */
export const MARKDOWN_LIMITS = {
  /** Lines in a body. */
  lines: 20_000,
  /** Block quotes and list items nested in one another, indentation counted (2 columns a level). */
  nesting: 6,
  /** List items in a body. */
  listItems: 2_000,
  /** Emphasis, code, link and escape marks (`* _ \` [ ] < \`) in one paragraph. */
  paragraphMarks: 1_000,
  /** The same marks in a body. */
  marks: 20_000,
} as const;

/** Why a body is refused, and where (an offset in the body). */
export interface LimitProblem {
  offset: number;
  reason: string;
}

// The marks counted, by character code: * _ ` [ ] < \
const MARK = new Uint8Array(128);
for (const char of "*_`[]<\\") MARK[char.charCodeAt(0)] = 1;
// `* * *` or `- - -`: a rule across the page, not nested list items.
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** The first limit that `body` goes beyond, or `undefined` when it is within all of them. */
export function markdownLimitProblem(body: string): LimitProblem | undefined {
  const limits = MARKDOWN_LIMITS;
  let lines = 0;
  let items = 0;
  let marks = 0;
  let paragraphMarks = 0;
  let paragraphStart = 0;
  let start = 0;
  for (;;) {
    const newline = body.indexOf("\n", start);
    const end = newline === -1 ? body.length : newline;
    lines++;
    if (lines > limits.lines) {
      return {
        offset: start,
        reason: `The text has more than ${format(limits.lines)} lines, which makes it too slow to check. Archive only the text of the document, or split it into several sources.`,
      };
    }
    const prefix = containers(body, start, end);
    items += prefix.items;
    if (prefix.depth > limits.nesting) {
      return {
        offset: start,
        reason: `Block quotes and lists are nested ${format(prefix.depth)} levels deep here, more than the ${limits.nesting} that keep the text quick to check. Flatten them.`,
      };
    }
    if (items > limits.listItems) {
      return {
        offset: start,
        reason: `The text has more than ${format(limits.listItems)} list items, which makes it too slow to check. Write some of them as paragraphs, or split the document.`,
      };
    }
    if (prefix.blank) {
      paragraphMarks = 0;
      paragraphStart = newline === -1 ? end : newline + 1;
    }
    for (let i = prefix.end; i < end; i++) {
      if (MARK[body.charCodeAt(i)] !== 1) continue;
      marks++;
      paragraphMarks++;
      if (paragraphMarks > limits.paragraphMarks) {
        return {
          offset: paragraphStart,
          reason: `This paragraph has more than ${format(limits.paragraphMarks)} Markdown marks (* _ \` [ ] < \\), which makes it too slow to check. Split it, or leave out the marks it does not need.`,
        };
      }
      if (marks > limits.marks) {
        return {
          offset: start,
          reason: `The text has more than ${format(limits.marks)} Markdown marks (* _ \` [ ] < \\), which makes it too slow to check. Leave out the marks it does not need, or split the document.`,
        };
      }
    }
    if (newline === -1) return undefined;
    start = newline + 1;
  }
}

/**
 * The block quote and list markers that open a line: how deeply they nest
 * (with the indentation before the first marker, 2 columns a level), how many
 * list items they open, where the line's text starts, and whether it is blank.
 */
function containers(body: string, start: number, end: number) {
  const first = body[start + body.slice(start, start + 4).search(/\S|$/)];
  if (
    (first === "-" || first === "*" || first === "_") &&
    THEMATIC_BREAK.test(body.slice(start, end))
  ) {
    return { depth: 0, items: 0, end, blank: false };
  }
  let i = start;
  let indent = 0;
  let markers = 0;
  let items = 0;
  for (;;) {
    let spaces = 0;
    while (i < end && (body[i] === " " || body[i] === "\t")) {
      spaces += body[i] === "\t" ? 4 : 1;
      i++;
    }
    if (markers === 0) indent = spaces;
    const char = body[i];
    if (char === ">") {
      markers++;
      i++;
      continue;
    }
    let after = i;
    if (char === "-" || char === "+" || char === "*") after = i + 1;
    else {
      while (after < end && after - i < 9 && isDigit(body[after])) after++;
      if (after > i && (body[after] === "." || body[after] === ")")) after++;
      else after = i;
    }
    if (after > i && (after === end || body[after] === " " || body[after] === "\t")) {
      markers++;
      items++;
      i = after;
      continue;
    }
    break;
  }
  const depth = markers === 0 ? 0 : markers + Math.floor(indent / 2);
  let text = i;
  while (text < end && /\s/.test(body[text] as string)) text++;
  return { depth, items, end: i, blank: text === end };
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= "0" && char <= "9";
}

function format(count: number): string {
  return count.toLocaleString("en").replace(/,/g, " ");
}
