/**
 * Builds the fixture site (test/fixtures/site/) with `npm run build` into a
 * temporary folder, as a deployment would (`SITE_URL`, `BASE_PATH`), and reads
 * what the build wrote.
 * The project's dist/ is never touched. global-setup.ts builds each variant
 * once per test run; the tests read the folders it provides.
 */
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { buildFixtureSite, type DeploymentEnv } from "./build-site.ts";
import { FIXTURE_SITE } from "./fixture-site.ts";
import { type Node, parseHtml } from "./html.ts";

/** The project's root folder. */
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

/** How a variant of the site is deployed. */
export interface Deployment {
  /** `SITE_URL` and `BASE_PATH` as the build gets them; absent means unset. */
  env: DeploymentEnv;
  /** The site's origin that pages must use, without the base path. */
  site: string;
  /** The base path every internal link must start with, starting and ending with `/`. */
  base: string;
}

/** The part of the export (the index, `claims.json`, and the records of its parts) that the tests read. */
export interface ClaimsExport {
  /** The index's list of parts. */
  parts: Array<{ url: string; count: number }>;
  /** The index's entry of each claim. */
  index: Array<{ id: string; verdict: string; published: string; part: number }>;
  /** Every claim's record, read from the parts in their order. */
  claims: Array<{
    id: string;
    url: string;
    claim: string;
    published: string;
    verdict: { key: string; label: string };
    citations: Array<{
      id: string;
      quote: string;
      source: { id: string; page: string };
      passage: string;
    }>;
  }>;
}

/** A built site in a temporary folder. */
export interface BuiltSite extends Deployment {
  /** The folder Astro wrote. */
  dir: string;
  /** Every file written, relative to `dir`, with `/` separators, sorted. */
  files: string[];
  /** The absolute URL at which `file` (relative to `dir`) is served. */
  urlOf: (file: string) => string;
  /** The parsed HTML of `file`, or undefined when no such file was written. */
  page: (file: string) => Node | undefined;
  /** The parsed HTML of `file`, which the build must have written (a test of it fails otherwise). */
  written: (file: string) => Node;
  /** The text of `file`. */
  read: (file: string) => string;
  /** The export: `claims.json` and its parts. */
  export: ClaimsExport;
}

/** A deployment as the tests build it. */
export interface Variant extends Deployment {
  name: string;
  key: "root" | "verif" | "en";
  /** The interface's language: the fixture's site.yaml says fr; en builds a copy that says en. Default: fr. */
  lang?: "fr" | "en";
  /**
   * Where the search index is made: after Astro's process (npm run build's
   * default), or inside `astro build` by Citable's integration, as a plain
   * `astro build` makes it.
   */
  searchIndex: "after" | "inside";
}

/** The deployments every built-site test covers: at a domain root, under a sub-path, and in English. */
export const variants: Variant[] = [
  // The fixture's site.yaml says url: https://example.org, base: /.
  {
    key: "root",
    name: "at the domain root",
    env: {},
    site: "https://example.org",
    base: "/",
    searchIndex: "after",
    lang: "fr",
  },
  {
    key: "verif",
    searchIndex: "inside",
    name: "under the sub-path /verif/",
    // BASE_URL=/ in the environment, as Vitest sets it, must not drop the base path.
    env: { SITE_URL: "https://example.org", BASE_PATH: "/verif/", BASE_URL: "/" },
    site: "https://example.org",
    base: "/verif/",
    lang: "fr",
  },
  {
    key: "en",
    searchIndex: "after",
    name: "with an English interface",
    env: {},
    site: "https://example.org",
    base: "/",
    lang: "en",
  },
];

/** The synthetic corpus of the paged site: three pages of claims on the home page, two of sources. */
export const PAGED = { claims: 120, sources: 60, seed: 3 };

/** Where the paged site is built: at the domain root of the fixture's address. */
export const pagedDeployment: Deployment & Pick<Variant, "searchIndex"> = {
  env: {},
  site: "https://example.org",
  base: "/",
  searchIndex: "after",
};

/** What {@link buildInto} built. */
export interface Build {
  /** The folder written. */
  dir: string;
  /** The processes of the build still there once it had exited (`pid command (state)`). */
  leftovers: string[];
  /** How many times the build loaded and checked the content. */
  loads: number;
  /** How many times its load read and parsed a claim file, of how many files: `13 of 13`. */
  claimReads: string;
}

/**
 * Builds `content` (the fixture site by default) for `deployment` into a new
 * temporary folder, as users build. With `lang: "en"`, builds a copy of it
 * whose site.yaml says `lang: en`. Returns the folder written and what the
 * build left running; rejects with the build's output if it fails.
 */
export async function buildInto(
  deployment: Deployment & Pick<Variant, "searchIndex" | "lang">,
  content = FIXTURE_SITE,
): Promise<Build> {
  const folder = mkdtempSync(join(tmpdir(), "citable-site-"));
  const outDir = join(folder, "dist");
  try {
    const { leftovers, loads, claimReads } = await buildFixtureSite({
      content: deployment.lang === "en" ? englishContent(content, folder) : content,
      outDir,
      searchIndex: deployment.searchIndex,
      env: deployment.env,
    });
    return { dir: outDir, leftovers, loads, claimReads };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** A copy of `content` in `folder` whose site.yaml says `lang: en`; returns its path. */
function englishContent(content: string, folder: string): string {
  const copy = join(folder, "content");
  cpSync(content, copy, { recursive: true });
  const settings = join(copy, "site.yaml");
  const yaml = readFileSync(settings, "utf8");
  if (!/^lang: fr$/m.test(yaml)) throw new Error(`${settings} no longer says lang: fr.`);
  writeFileSync(settings, yaml.replace(/^lang: fr$/m, "lang: en"));
  return copy;
}

/** Reads a site that {@link buildInto} wrote into `dir`. */
export function openSite(deployment: Deployment, dir: string): BuiltSite {
  const files = listFiles(dir);
  const pages = new Map<string, Node | undefined>();
  const read = (file: string) => readFileSync(join(dir, file), "utf8");
  const page = (file: string) => {
    if (!pages.has(file))
      pages.set(file, existsSync(join(dir, file)) ? parseHtml(read(file)) : undefined);
    return pages.get(file);
  };
  return {
    ...deployment,
    dir,
    files,
    urlOf: (file) =>
      new URL(
        `${deployment.base}${file.replace(/(^|\/)index\.html$/, "$1")}`,
        deployment.site,
      ).toString(),
    page,
    written: (file) => {
      const parsed = page(file);
      if (!parsed) throw new Error(`The build wrote no ${file}.`);
      return parsed;
    },
    read,
    export: readExport(dir, deployment),
  };
}

/** Reads `claims.json` and every part it lists, by the path its address has under the site. */
function readExport(dir: string, deployment: Deployment): ClaimsExport {
  const index = JSON.parse(readFileSync(join(dir, "claims.json"), "utf8")) as {
    parts: ClaimsExport["parts"];
    claims: ClaimsExport["index"];
  };
  const prefix = `${deployment.site}${deployment.base}`;
  const claims = index.parts.flatMap((part) => {
    const file = join(dir, part.url.slice(prefix.length));
    const lines = gunzipSync(readFileSync(file)).toString("utf8").split("\n");
    return lines.filter((line) => line !== "").map((line) => JSON.parse(line));
  });
  return { parts: index.parts, index: index.claims, claims };
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join("/"));
    }
  };
  walk(dir);
  return files.sort();
}
