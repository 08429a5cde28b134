/**
 * `npm run new -- site --name … --lang fr|en --url https://… [--publisher …]
 * [--replace-example]`: starts a site of one's own. It writes a skeleton into
 * the content folder: site.yaml, a rating scale in the site's language, and
 * the transparency pages to fill in; no claims, no sources, no captures, no
 * watch.json. A content folder that already holds anything is replaced only
 * when asked, since it is the site's whole work (or the example's).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { loadSettings } from "../core/content/settings-files.ts";
import {
  FRONT_MATTER_KINDS,
  frontMatterJsonSchemaText,
  schemaFileName,
} from "../core/schema/json-schema.ts";
import { CONTENT_FORMAT, siteSchema } from "../core/schema/settings.ts";
import { writePageTemplates } from "./new-pages.ts";

const TEMPLATES = fileURLToPath(new URL("./templates/site/", import.meta.url));

/** What `npm run new -- site` was given. */
export interface SiteOptions {
  name?: string | undefined;
  lang?: string | undefined;
  url?: string | undefined;
  publisher?: string | undefined;
  "replace-example"?: boolean | undefined;
}

/** Each field of site.yaml that an option fills in, by the option's name. */
const OPTION_OF: Record<string, string> = {
  name: "--name",
  lang: "--lang",
  url: "--url",
  "publisher.name": "--publisher",
};

const DESCRIPTION = {
  fr: (publisher: string) => `Les vérifications des faits de ${publisher}, citation par citation.`,
  en: (publisher: string) => `Fact-checks by ${publisher}, quote by quote.`,
};

/** What the command printed, and its exit code. */
export interface Outcome {
  code: number;
  lines: string[];
}

/**
 * Writes the skeleton of a new site into `content`, when `options` are valid
 * and it may, and the front matter's JSON Schemas into `schemas`, since the
 * claims' one lists the verdicts of the new scale (what `npm run schema` writes).
 */
export function writeSite(content: string, schemas: string, options: SiteOptions): Outcome {
  const publisher = options.publisher ?? options.name;
  const site = {
    format: CONTENT_FORMAT,
    name: options.name,
    description: DESCRIPTION[options.lang === "fr" ? "fr" : "en"](publisher ?? ""),
    lang: options.lang,
    url: options.url,
    publisher: { name: publisher },
  };
  const checked = siteSchema.safeParse(site);
  if (!checked.success) {
    // Without --publisher, the publisher is the site's name: its problem is --name's.
    const issues = checked.error.issues.filter(
      (issue) => options.publisher !== undefined || issue.path.join(".") !== "publisher.name",
    );
    const lines = issues.map((issue) => {
      const option = OPTION_OF[issue.path.join(".")] ?? issue.path.join(".");
      const given = givenTo(options, option);
      return given === undefined
        ? `${option} is missing: the new site needs it.`
        : `${option} ${JSON.stringify(given)} ${issue.message}.`;
    });
    return { code: 2, lines: [...new Set(lines)] };
  }
  const held = existsSync(content) ? readdirSync(content) : [];
  if (held.length > 0 && !options["replace-example"]) {
    return { code: 1, lines: [refusal(content)] };
  }
  // The whole folder goes: claims, sources, captures and watch.json are the example's.
  rmSync(content, { recursive: true, force: true });
  mkdirSync(content, { recursive: true });
  const lang = checked.data.lang;
  writeFileSync(join(content, "site.yaml"), siteYaml(checked.data));
  copyFileSync(join(TEMPLATES, lang, "ratings.yaml"), join(content, "ratings.yaml"));
  const { ratings } = loadSettings(content, shown(content));
  mkdirSync(schemas, { recursive: true });
  const written = FRONT_MATTER_KINDS.map((kind) => {
    const file = join(schemas, schemaFileName(kind));
    writeFileSync(file, frontMatterJsonSchemaText(kind, ratings));
    return `Wrote ${shown(file)}.`;
  });
  const lines = [
    `Wrote ${shown(join(content, "site.yaml"))}.`,
    `Wrote ${shown(join(content, "ratings.yaml"))}.`,
    ...written,
    ...writePageTemplates(content, lang).filter((line) => line.startsWith("Wrote")),
    "",
    "Next: fill in the pages' own details (team, address, funding, legal notice), then:",
    "  npm run check                     checks the new site",
    "  npm run build                     builds it into dist/",
    "  npm run new -- claim <claim-id>   starts a first fact-check (its source first: npm run import -- <address>)",
  ];
  return { code: 0, lines };
}

/** What the command was given for `option` (`--name`), if anything. */
function givenTo(options: SiteOptions, option: string): string | undefined {
  const value = options[option.slice(2) as keyof SiteOptions];
  return typeof value === "string" ? value : undefined;
}

/** Why an occupied content folder is kept, and how to replace it. */
function refusal(content: string): string {
  const count = (folder: string) =>
    existsSync(join(content, folder))
      ? readdirSync(join(content, folder)).filter((name) => name.endsWith(".md")).length
      : 0;
  const claims = count("claims");
  const sources = count("sources");
  const holds =
    claims + sources > 0
      ? `${claims} fact-check${claims === 1 ? "" : "s"} and ${sources} source${sources === 1 ? "" : "s"}`
      : "files";
  return `${shown(content)}/ already holds ${holds}, and a new site would replace all of it. If that is what you want (the example site's content, say), run the same command with --replace-example.`;
}

/** site.yaml as an owner reads it: each field with what it is for. */
function siteYaml(site: ReturnType<typeof siteSchema.parse>): string {
  const quote = (value: string) => JSON.stringify(value);
  return [
    "# The site's settings. SITE_URL and BASE_PATH in the environment override `url` and `base`",
    "# when the site is built. The fields are explained in docs/content-format.md.",
    "# The version of the content format: a new Citable release says when to change it.",
    `format: ${site.format}`,
    `name: ${quote(site.name)}`,
    "# What the site is, in a sentence: the home page and search engines show it.",
    `description: ${quote(site.description)}`,
    `lang: ${site.lang}`,
    `url: ${quote(site.url)}`,
    "base: /",
    "publisher:",
    `  name: ${quote(site.publisher.name)}`,
    "# Where readers report an error: an e-mail address or the address of a form.",
    "# errorReport: corrections@example.org",
    "",
  ].join("\n");
}

function shown(path: string): string {
  return relative(process.cwd(), path).split(sep).join("/") || ".";
}
