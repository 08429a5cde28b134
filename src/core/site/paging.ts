/**
 * How listings are cut into pages: page 1 at the listing's own address, page n
 * at `<listing>page/<n>/`, newest first. A page's address never changes; what
 * it holds moves down by one claim when a newer claim is published.
 */

/**
 * Claims (or sources) on one page of a listing: as many as a reader scrolls
 * (a page of 100 fact-checks with their findings is about 90 KB of HTML, 15 KB
 * as served compressed). Pages of 50 made 3 600 listing pages at 30 000
 * claims with three tags each, which took the site over Cloudflare Pages'
 * 100 000 files; pages of 100 are half as many.
 */
export const PAGE_SIZE = 100;

/**
 * The path of page `n` of the listing at `listing` (relative to the site's
 * root, ending with `/` or empty for the home page): `verdicts/faux/` for page
 * 1, `verdicts/faux/page/2/` for page 2. `page/` keeps numbers out of the
 * listing's own folder, where they could be the id of a source.
 */
export function pagePath(listing: string, n: number): string {
  return n <= 1 ? listing : `${listing}page/${n}/`;
}

/** The route parameter of page `n` in a `[...page]` route: nothing for page 1, `page/<n>` after. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : `page/${n}`;
}

/** A gap in the numbered navigation, where pages are left out. */
export const GAP = "gap";

/**
 * The page numbers the navigation shows on page `current` of `last`: the first
 * and last, the current one with `around` neighbours on each side, and a gap
 * where more than one number is left out (a gap of one page shows the page).
 */
export function pageNumbers(current: number, last: number, around = 2): Array<number | "gap"> {
  const shown = new Set<number>([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const numbers: Array<number | "gap"> = [];
  for (const n of sorted) {
    const previous = numbers.at(-1);
    if (typeof previous === "number" && n - previous === 2) numbers.push(n - 1);
    else if (typeof previous === "number" && n - previous > 2) numbers.push(GAP);
    numbers.push(n);
  }
  return numbers;
}
