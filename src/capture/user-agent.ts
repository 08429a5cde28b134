/** The User-Agent of Citable's requests: it names the site that asks and where to find it. */
import type { Site } from "../core/schema/settings.ts";

/** `Citable (+https://site.example/; archiving the sources of Site name)`, in ASCII, or a generic one without settings. */
export function userAgent(site: Pick<Site, "name" | "url"> | undefined): string {
  // A header holds bytes, not Unicode: fetch refuses "’" or "é" in it.
  const ascii = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[‘’]/g, "'")
      .replace(/[^\x20-\x7e]/g, "")
      .trim();
  return site
    ? `Citable (+${ascii(site.url)}; archiving the sources of ${ascii(site.name)})`
    : "Citable (archiving the sources of a fact-check site)";
}
