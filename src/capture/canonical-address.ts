/**
 * The address a source is cited under: the page's own canonical address when
 * it names one on the same site as the address fetched (a page cannot claim
 * to be another site's), else the address fetched; either without the
 * parameters that only track a reader's click (`utm_*`, `fbclid`, `gclid`…)
 * nor a fragment. What was really fetched is kept in the capture's record.
 */

/** Query parameters that only say where a click came from. */
const TRACKING =
  /^(?:utm_[a-z_]*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|yclid|twclid|ttclid|li_fat_id|_ga|_gl|_hsenc|_hsmi|mkt_tok|xtor|at_[a-z_]+|ito|cmpid|ns_[a-z_]+|oly_anon_id|oly_enc_id|vero_conv|vero_id|s_cid|ref_src|ref_url|smid|spm)$/i;

/** `url` without tracking parameters and fragment; `undefined` for what is not http(s). */
export function withoutTracking(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined;
  for (const name of [...parsed.searchParams.keys()]) {
    if (TRACKING.test(name)) parsed.searchParams.delete(name);
  }
  parsed.hash = "";
  return parsed.href;
}

/**
 * The address to cite: `declared` (the page's canonical, og:url or JSON-LD
 * address) when it is on the host of `fetched` (`www.` aside), else `fetched`;
 * without a fetch, `declared`. Both without tracking.
 */
export function canonicalAddress(
  fetched: string | undefined,
  declared: string | undefined,
): { url: string; declared: boolean } | undefined {
  const page = declared === undefined ? undefined : withoutTracking(declared);
  if (fetched === undefined) return page === undefined ? undefined : { url: page, declared: true };
  const asked = withoutTracking(fetched) ?? fetched;
  if (page !== undefined && site(page) === site(asked)) return { url: page, declared: true };
  return { url: asked, declared: false };
}

function site(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
