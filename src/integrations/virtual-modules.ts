/**
 * The virtual modules through which pages, layout and components get the site
 * (Starlight's `virtual:starlight/user-config` pattern), added to Vite by the
 * citable integration. In `astro build` they hold plain data written into the
 * bundle when Vite builds it, in the process that loaded the content, so that
 * the threads that render the pages load nothing: `virtual:citable/config`
 * the settings, the rating scale and the site's own pages (what every page's
 * frame shows); `virtual:citable/listings` the summaries that listings without
 * `getStaticPaths()` count and list; `virtual:citable/views` reads the
 * snapshot of the full views (snapshot.ts) for `getStaticPaths()`. The build's
 * data is taken from the loaded site when the build starts (citable.ts), after
 * which the process lets the loaded site go. In `astro dev` the same modules
 * read the registry, which the dev loop keeps up to date on every edit before
 * it reloads the pages (dev-reload.ts). Their types are in src/virtual-citable.d.ts.
 */
import { sep } from "node:path";
import { fileURLToPath } from "node:url";
import { type Listed, listedOf } from "../core/site/listed.ts";
import type { PageView } from "../core/site/own-page-views.ts";
import type { ClaimSummary, SourceSummary, VerdictView } from "../core/site/view-model.ts";
import { type DevServer, devLoop } from "./dev-reload.ts";
import type { LoadedSite } from "./site-state.ts";

/** What `virtual:citable/config`'s `siteData()` gives. */
export interface SiteData {
  settings: LoadedSite["settings"];
  /** The rating scale, in its order. */
  verdicts: VerdictView[];
  /** The site's own pages (content/pages/), in footer order. */
  pages: PageView[];
  /** Which listing pages the site has (the frame links only those). */
  listed: Listed;
}

/** What `virtual:citable/listings`'s `listings()` gives. */
export interface Listings {
  claims: ClaimSummary[];
  sources: SourceSummary[];
}

/** The data written into the build. */
export interface BuildData {
  site: SiteData;
  listings: Listings;
  /** The file of the full views' snapshot. */
  snapshot: string;
}

/** Where the modules find the site. */
export interface ModuleSource {
  /** The site's address, without the base path. */
  site: string;
  base: string;
  /** The content folder, absolute. */
  content: string;
  /** `astro build`: the data; `astro dev`: undefined (the registry is read). */
  build: BuildData | undefined;
}

/** A Vite plugin, as much of its shape as Citable uses. */
interface VitePlugin {
  name: string;
  resolveId: (id: string) => string | undefined;
  load: (id: string) => string | undefined;
  config: () => { server: { watch: { ignored: Array<(path: string) => boolean> } } };
  configureServer: (server: DevServer) => void;
}

const REGISTRY = fileURLToPath(new URL("./registry.ts", import.meta.url));
const LISTED = fileURLToPath(new URL("../core/site/listed.ts", import.meta.url));
const ONCE = fileURLToPath(new URL("./once.ts", import.meta.url));
const SNAPSHOT = fileURLToPath(new URL("./snapshot.ts", import.meta.url));

/** What the build's modules hold of `loaded`, whose snapshot is in `snapshot`. */
export function buildData(loaded: LoadedSite, snapshot: string): BuildData {
  const { settings, verdicts, pages, summaries } = loaded;
  const listed = listedOf(summaries.claims, summaries.sources);
  return { site: { settings, verdicts, pages, listed }, listings: summaries, snapshot };
}

/** The modules' code, by name, for the build (data) and for the dev server (the registry). */
const modules: Record<string, (source: ModuleSource) => string> = {
  "virtual:citable/config": (source) =>
    `export const site = ${JSON.stringify(source.site)};\nexport const base = ${JSON.stringify(source.base)};\nexport const content = ${JSON.stringify(source.content)};\n${
      source.build
        ? data("siteData", source.build.site)
        : // Which listings the site has, worked out once per edit rather than on every page.
          `import { listedOf } from ${JSON.stringify(LISTED)};\nimport { once } from ${JSON.stringify(ONCE)};\nconst listed = new WeakMap();\nconst listedIn = (s) => once(listed, s.summaries, () => listedOf(s.summaries.claims, s.summaries.sources));\n${live(
            "siteData",
            source,
            "({ settings: s.settings, verdicts: s.verdicts, pages: s.pages, listed: listedIn(s) })",
          )}`
    }`,
  "virtual:citable/listings": (source) =>
    source.build
      ? data("listings", source.build.listings)
      : live("listings", source, "s.summaries"),
  "virtual:citable/views": (source) =>
    source.build
      ? `import { readSnapshot } from ${JSON.stringify(SNAPSHOT)};\nlet views;\nexport async function siteViews() {\n  views ??= readSnapshot(${JSON.stringify(source.build.snapshot)});\n  return views;\n}\n`
      : `import { viewsOf } from ${JSON.stringify(SNAPSHOT)};\n${live("siteViews", source, "viewsOf(s)")}`,
};

// Parsed from a string: JSON.parse reads a large object faster than JavaScript reads its literal.
function data(name: string, value: unknown): string {
  const json = JSON.stringify(JSON.stringify(value));
  return `const data = JSON.parse(${json});\nexport async function ${name}() {\n  return data;\n}\n`;
}

function live(name: string, source: ModuleSource, pick: string): string {
  return `import { site as loadSite } from ${JSON.stringify(REGISTRY)};\nexport async function ${name}() {\n  const s = await loadSite(${JSON.stringify(source.base)}, ${JSON.stringify(source.content)});\n  return ${pick};\n}\n`;
}

/** The Vite plugin serving Citable's virtual modules from `source`. */
export function citableModules(source: () => ModuleSource): VitePlugin {
  const resolved = (id: string) => `\0${id}`;
  return {
    name: "citable-virtual-modules",
    resolveId: (id) => (id in modules ? resolved(id) : undefined),
    load: (id) => {
      if (!id.startsWith("\0")) return undefined;
      const make = modules[id.slice(1)];
      return make ? make(source()) : undefined;
    },
    // The content is data, watched by Citable itself (content-watch.ts) rather than by Vite.
    config: () => {
      const { content } = source();
      const inContent = (path: string) => path === content || path.startsWith(`${content}${sep}`);
      return { server: { watch: { ignored: [inContent] } } };
    },
    // In `astro dev`, the modules read the registry: each edit it applies reloads the pages.
    configureServer: (server) => devLoop(server, source().content),
  };
}
