// Search across the network: each partner site's Pagefind index, merged in the
// reader's browser (Pagefind's mergeIndex), and only once the reader searches:
// no partner is contacted before. Each partner gets a Pagefind instance of its
// own (a second copy of this site's pagefind.js, imported under another
// address), so that a partner that is down, slow or not a Pagefind bundle is
// skipped alone, and this site's own search never waits for one.

/** How long a partner may take to answer, per step (its bundle, then a search), in milliseconds. */
export const PARTNER_WAIT_MS = 4000;
/** The results shown per partner: each one's excerpt is a fetch from the partner. */
const PER_PARTNER = 10;

/** Rejects once `ms` have passed without `promise` settling. */
function bounded(promise, ms) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error("too slow")), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The address of a partner's Pagefind bundle, from the address of its site (with its base path). */
function bundleOf(partner) {
  return new URL("pagefind/", partner.url.endsWith("/") ? partner.url : `${partner.url}/`).href;
}

/**
 * Whether the partner serves a Pagefind bundle: its entry file, read within the
 * bounded wait, names a version and its languages. Anything else (an error page,
 * a site that is not Citable's, a refusal of cross-origin reading) is not one.
 */
async function isPagefindBundle(bundle) {
  const response = await bounded(
    fetch(`${bundle}pagefind-entry.json`, { mode: "cors", credentials: "omit" }),
    PARTNER_WAIT_MS,
  );
  if (!response.ok) return false;
  const entry = await bounded(response.json(), PARTNER_WAIT_MS);
  return typeof entry?.version === "string" && typeof entry?.languages === "object";
}

/**
 * The partners of `partners` ({ name, url, lang, weight }), searched from this
 * site's bundle at `base`. `search()` returns one promise per partner searched,
 * resolving to `{ partner, results }` (the first results' data, each with
 * `site`) or `{ partner, skipped: true }`.
 */
export function partnerSearch(partners, base) {
  // One opening per partner, kept for the page's life: a partner that failed stays skipped.
  const opened = new Map();
  const open = (partner, index) => {
    let opening = opened.get(partner.name);
    if (!opening) {
      opening = (async () => {
        const bundle = bundleOf(partner);
        if (!(await isPagefindBundle(bundle))) throw new Error("not a Pagefind bundle");
        const pagefind = await import(`${base}pagefind/pagefind.js?partner=${index}`);
        await pagefind.options({ baseUrl: base, excerptLength: 24 });
        await pagefind.init();
        const options = {
          baseUrl: partner.url,
          indexWeight: partner.weight ?? 1,
          mergeFilter: { site: partner.name },
        };
        if (partner.lang) options.language = partner.lang;
        await bounded(pagefind.mergeIndex(bundle, options), PARTNER_WAIT_MS);
        return pagefind;
      })();
      opened.set(partner.name, opening);
    }
    return opening;
  };
  return {
    /** Searches `query` with `filters` in each partner whose name `wanted` accepts. */
    search(query, filters, wanted) {
      return partners
        .map((partner, index) => [partner, index])
        .filter(([partner]) => wanted(partner.name))
        .map(async ([partner, index]) => {
          try {
            const pagefind = await open(partner, index);
            // The partner's own results only: this site's pages carry no site filter.
            const scoped = { ...filters, site: { any: [partner.name] } };
            const found = await bounded(
              pagefind.search(query, { filters: scoped }),
              PARTNER_WAIT_MS,
            );
            const results = await bounded(
              Promise.all(found.results.slice(0, PER_PARTNER).map((result) => result.data())),
              PARTNER_WAIT_MS,
            );
            return { partner, results: results.map((data) => ({ ...data, site: partner.name })) };
          } catch {
            return { partner, skipped: true };
          }
        });
    },
  };
}
