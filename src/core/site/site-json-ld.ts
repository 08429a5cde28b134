/**
 * The home page's schema.org markup: the `WebSite` (its name, language and
 * search, which search engines may offer as a box) and the `Organization`
 * that publishes it, linked by `@id` so that every ClaimReview's author is the
 * same organisation.
 */

/** What the home page's markup says about the site. */
export interface SiteFacts {
  /** The site's name. */
  name: string;
  description: string;
  /** The site's language (BCP 47). */
  lang: string;
  /** Absolute URL of the home page. */
  homeUrl: string;
  /** Absolute URL of the search page, which reads `?q=`. */
  searchUrl: string;
  /** Who publishes the fact-checks. */
  publisher: { name: string; url?: string | undefined };
  /** Absolute URL of the site's share card, when it has one. */
  image?: string | undefined;
}

/** The `@graph` of the home page: the WebSite and its publishing Organization. */
export function siteJsonLd(site: SiteFacts): Record<string, unknown> {
  const organization = `${site.homeUrl}#publisher`;
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "WebSite",
        "@id": `${site.homeUrl}#website`,
        url: site.homeUrl,
        name: site.name,
        description: site.description,
        inLanguage: site.lang,
        publisher: { "@id": organization },
        ...(site.image === undefined ? {} : { image: site.image }),
        potentialAction: {
          "@type": "SearchAction",
          target: {
            "@type": "EntryPoint",
            urlTemplate: `${site.searchUrl}?q={search_term_string}`,
          },
          "query-input": "required name=search_term_string",
        },
      },
      {
        "@type": "Organization",
        "@id": organization,
        name: site.publisher.name,
        url: site.publisher.url ?? site.homeUrl,
      },
    ],
  };
}
