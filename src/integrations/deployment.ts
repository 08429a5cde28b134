/**
 * The site's address and base path, which the citable integration sets: from site.yaml,
 * overridden by SITE_URL and BASE_PATH in the environment, so that the same
 * content deploys at a domain root or under a sub-path (GitHub Pages).
 */
import { loadSettings } from "../core/content/settings-files.ts";
import { isHttpAddress } from "../core/schema/fields.ts";

/** Where the site is served. */
export interface Deployment {
  /** The absolute address, without the base path. */
  site: string;
  /** The base path, starting and ending with `/`. */
  base: string;
  /** The interface's language. */
  lang: "fr" | "en";
  /** The addresses of the partner sites of site.yaml's `network`. */
  partners: string[];
}

/** Reads the deployment settings; invalid settings fall back to defaults, and the content loader reports them. */
export function deployment(contentDir: string, env = process.env): Deployment {
  const { site } = loadSettings(contentDir, "content");
  // site.yaml's address is checked with the content; the environment's is checked here,
  // by the same rule, before any page links to it.
  if (env.SITE_URL && !isHttpAddress(env.SITE_URL)) {
    throw new Error(
      `SITE_URL holds ${JSON.stringify(env.SITE_URL)}, which is not an address the site can be served at: it must be an absolute http or https address in one alphabet, such as https://example.org. Set SITE_URL to the site's address, or unset it to use the url of site.yaml.`,
    );
  }
  return {
    site: env.SITE_URL || site?.url || "https://example.org",
    base: normalizeBase(env.BASE_PATH || site?.base || "/"),
    lang: site?.lang ?? "fr",
    partners: site?.network.map((partner) => partner.url) ?? [],
  };
}

/** `verif`, `/verif`, `/verif/` and `//verif/./` all become `/verif/`; a base that climbs (`/../etc/`) is refused. */
export function normalizeBase(base: string): string {
  const parts = base
    .trim()
    .split("/")
    .filter((part) => part !== "" && part !== ".");
  if (parts.includes("..")) {
    throw new Error(
      `The base path ${JSON.stringify(base)} holds "..": the site's links would lead outside it. Write the path itself, such as /verif/.`,
    );
  }
  return parts.length === 0 ? "/" : `/${parts.join("/")}/`;
}
