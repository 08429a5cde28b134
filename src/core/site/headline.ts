/**
 * How a claim is shown: in quote marks when it is the claimant's own words,
 * upright under a label when it is a paraphrase, and with the verdict first
 * wherever it travels alone (page title, link preview, feed), so that sharing
 * a false claim shares its verdict too.
 */

const OPENING = /^[«“„‹"'‘]/u;
const CLOSING = /[»”‟›"'’][.!?…]?$/u;

/**
 * The claim as its headline shows it: a verbatim claim between the marks of
 * `lang` (see {@link quoteIn}), unless it already stands between quote marks,
 * which are then not doubled; a paraphrase as written.
 */
export function claimHeadline(claim: string, verbatim: boolean, lang: string): string {
  if (!verbatim || (OPENING.test(claim) && CLOSING.test(claim))) return claim;
  return quoteIn(claim, lang);
}

/**
 * `text` between the quotation marks of `lang`: « … » with narrow no-break
 * spaces in French, “…” in English. Marks inside become the second level, as
 * each language nests them (“…” inside « » in French, ‘…’ inside “ ” in
 * English), so that a quote within the quote never reads « …« risque sa vie »».
 * public/scripts/search.js nests the passages it quotes the same way.
 */
export function quoteIn(text: string, lang: string): string {
  if (lang.startsWith("fr")) {
    const inner = text.replace(/«[\s\u00a0\u202f]*/gu, "“").replace(/[\s\u00a0\u202f]*»/gu, "”");
    return `«\u202f${inner}\u202f»`;
  }
  return `“${text.replace(/“/gu, "‘").replace(/”/gu, "’")}”`;
}

/**
 * The title of a fact-check where it travels: the verdict, then the claim.
 * French puts a narrow no-break space before the colon: « Faux : … ».
 */
export function verdictTitle(verdict: string, headline: string, lang: string): string {
  return lang.startsWith("fr") ? `${verdict}\u202f: ${headline}` : `${verdict}: ${headline}`;
}

/**
 * What leads a fact-check wherever it is listed: the editors' headline when
 * there is one, else the claim as {@link claimHeadline} shows it (quoted when
 * verbatim, so that a listing never seems to speak in the claimant's words).
 */
export function leadText(claim: {
  headline?: string | undefined;
  claim: string;
  verbatim: boolean;
  lang: string;
}): string {
  return claim.headline ?? claimHeadline(claim.claim, claim.verbatim, claim.lang);
}
