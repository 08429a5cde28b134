/** The User-Agent of Citable's requests: it names the site that asks and where to find it. */
import type { Site } from "../core/schema/settings.ts";

/** `Citable (+https://site.example/; sources of Site name)`, or a generic one without settings. */
export function userAgent(site: Pick<Site, "name" | "url"> | undefined): string {
  return site
    ? `Citable (+${site.url}; archiving the sources of ${site.name})`
    : "Citable (archiving the sources of a fact-check site)";
}
