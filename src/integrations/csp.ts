/**
 * The Content Security Policy the site's pages satisfy: every script and style
 * is a file of the site itself, no inline script or handler, no other origin;
 * the one exception is a page's own inline stylesheet, allowed by its hash in
 * that page's policy (a source page's: the passages it highlights without
 * script, inline rather than a file of its own, which made 3 000 files at
 * 30 000 claims). Pagefind needs to compile its WebAssembly
 * ('wasm-unsafe-eval') and to run its worker from the site. Pages carry it in
 * a <meta http-equiv>; hosts that read a `_headers` file (Netlify, Cloudflare
 * Pages) also get it as a header, with what only a header can say
 * (frame-ancestors).
 */
import { createHash } from "node:crypto";

// Styles, fonts and fetches fall back to default-src: their directives are
// written only when they allow more than 'self' (a page's style hashes, the
// partners' origins), which keeps 55 bytes off each of tens of thousands of pages.
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "img-src 'self' data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/**
 * The directives, with `style-src` allowing `styles` (sources such as a
 * page's style hashes) and `connect-src` the partners' origins
 * (`https://partner.example`: search fetches their index, and nothing else of
 * theirs runs here), each only when there are any.
 */
function directives(partners: readonly string[], styles: readonly string[] = []): string[] {
  const [defaults, scripts, ...rest] = DIRECTIVES;
  return [
    defaults as string,
    scripts as string,
    ...(styles.length > 0 ? [`style-src 'self' ${styles.join(" ")}`] : []),
    ...(partners.length > 0 ? [`connect-src 'self' ${partners.join(" ")}`] : []),
    ...rest,
  ];
}

/** The source `'sha256-…'` that allows the inline stylesheet whose text is `css`, byte for byte. */
export function styleHash(css: string): string {
  return `'sha256-${createHash("sha256").update(css).digest("base64")}'`;
}

/** The policy for the page's <meta http-equiv="Content-Security-Policy">, for a site without partners. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join("; ");

/**
 * The policy for the page's <meta http-equiv="Content-Security-Policy">, given
 * the partners' origins and the text of each inline stylesheet of the page.
 */
export function contentSecurityPolicy(
  partners: readonly string[] = [],
  styles: readonly string[] = [],
): string {
  return directives(partners, styles.map(styleHash)).join("; ");
}

/** The origins of the partners' addresses, once each, for `connect-src`. */
export function partnerOrigins(urls: readonly string[]): string[] {
  return [...new Set(urls.map((url) => new URL(url).origin))];
}

/**
 * What another site may read of this one from a reader's browser (CORS): the
 * search index, which partners merge into their search, and the data exports.
 */
const SHARED_PATHS = ["pagefind/*", "claims.json", "export/*", "claimreview.json", "claimreview/*"];

/**
 * The `_headers` file for hosts that read one: the policy and a few safe
 * defaults, for every path (a header cannot list each page's style hash, so
 * its `style-src` also allows inline styles: a browser enforces both
 * policies, and each page's own, the meta, allows only its hashed
 * stylesheet); and for the sources' captures (original pages, PDFs and texts
 * from other sites), a download in a sandbox that runs nothing.
 * The search index and the exports may be read from any origin: that is what
 * lets partners search this site (docs/network.md). `base` is the site's base
 * path, ending with `/`; `partners` the partners' origins.
 */
export function headersFile(base = "/", partners: readonly string[] = []): string {
  return [
    "/*",
    `  Content-Security-Policy: ${[...headerDirectives(partners), "frame-ancestors 'none'"].join("; ")}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    `${base}captures/*`,
    "  Content-Disposition: attachment",
    "  Content-Security-Policy: sandbox; default-src 'none'",
    ...SHARED_PATHS.flatMap((path) => [`${base}${path}`, "  Access-Control-Allow-Origin: *"]),
    "",
  ].join("\n");
}

function headerDirectives(partners: readonly string[]): string[] {
  return directives(partners, ["'unsafe-inline'"]);
}
