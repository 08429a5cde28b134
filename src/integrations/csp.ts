/**
 * The Content Security Policy the site's pages satisfy: every script and style
 * is a file of the site itself, no inline script or handler, no other origin.
 * Pagefind needs to compile its WebAssembly ('wasm-unsafe-eval') and to run
 * its worker from the site. Pages carry it in a <meta http-equiv>; hosts that
 * read a `_headers` file (Netlify, Cloudflare Pages) also get it as a header,
 * with what only a header can say (frame-ancestors).
 */

const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy for the page's <meta http-equiv="Content-Security-Policy">. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join("; ");

/**
 * The `_headers` file for hosts that read one: the policy and a few safe
 * defaults, for every path; and for the sources' captures (original pages,
 * PDFs and texts from other sites), a download in a sandbox that runs nothing.
 * `base` is the site's base path, ending with `/`.
 */
export function headersFile(base = "/"): string {
  return [
    "/*",
    `  Content-Security-Policy: ${[...DIRECTIVES, "frame-ancestors 'none'"].join("; ")}`,
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    `${base}captures/*`,
    "  Content-Disposition: attachment",
    "  Content-Security-Policy: sandbox; default-src 'none'",
    "",
  ].join("\n");
}
