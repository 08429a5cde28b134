/**
 * `npm run new -- claim|source <id> [--content dir] [--claim "…"]`: writes a new claim or
 * source file from its template, every field explained in a comment. It never
 * overwrites a file, and refuses an id that the check would refuse. With
 * `--claim "…"`, the claim's statement is written in, and the closest
 * fact-checks of this site and of its partners are listed (already-checked.ts),
 * so that the editor sees who already checked it before writing.
 * `npm run new -- pages` writes the site's transparency pages (new-pages.ts);
 * `npm run new -- site …` starts a site of one's own (new-site.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { alreadyCheckedReport } from "../core/check/already-checked.ts";
import { readNetworkCache } from "../core/check/network-cache.ts";
import { ownFactChecks } from "../core/check/own-fact-checks.ts";
import { loadSettings } from "../core/content/settings-files.ts";
import { ID_PATTERN } from "../core/schema/fields.ts";
import { FRONT_MATTER_KINDS, type FrontMatterKind } from "../core/schema/json-schema.ts";
import { parseCommand } from "./args.ts";
import { writePageTemplates } from "./new-pages.ts";
import { writeSite } from "./new-site.ts";
import { template } from "./template.ts";

const usage = [
  'Usage: npm run new -- claim|source <id> [--content dir] [--claim "the statement"]',
  "       npm run new -- pages [--content dir]",
  '       npm run new -- site --name "…" --lang fr|en --url https://… [--publisher "…"] [--replace-example] [--content dir]',
].join("\n");

/** The options of `new site`, which the other kinds refuse. */
const SITE_OPTIONS = {
  name: { type: "string" },
  lang: { type: "string" },
  url: { type: "string" },
  publisher: { type: "string" },
  "replace-example": { type: "boolean" },
} as const;

const FOLDERS: Record<FrontMatterKind, string> = { claim: "claims", source: "sources" };

const NEXT: Record<FrontMatterKind, string> = {
  claim:
    "Next: fill in its empty fields (the comments in the file explain each one), write the reasoning below the front matter, then run npm run check.",
  source:
    "Next: paste the archived text below the front matter, fill in its empty fields (the comments in the file explain each one), then run npm run check.",
};

function main(): number {
  const parsed = parseCommand(
    { content: { type: "string" }, claim: { type: "string" }, ...SITE_OPTIONS },
    usage,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const [kind, id, ...extra] = positionals;
  if (kind === "site" && id === undefined) {
    const outcome = writeSite(
      resolve(values.content ?? "content"),
      resolve("public/schemas"),
      values,
    );
    const print = outcome.code === 0 ? console.log : console.error;
    print(outcome.lines.join("\n"));
    if (outcome.code === 2) console.error(usage);
    return outcome.code;
  }
  const misplaced = Object.keys(SITE_OPTIONS).find((option) => option in values);
  if (misplaced !== undefined) {
    console.error(`--${misplaced} is an option of npm run new -- site only.\n${usage}`);
    return 2;
  }
  if (kind === "pages" && id === undefined) {
    const content = resolve(values.content ?? "content");
    const { site } = loadSettings(content, "content");
    console.log(writePageTemplates(content, site?.lang ?? "en").join("\n"));
    return 0;
  }
  if (!isKind(kind) || id === undefined || extra.length > 0) {
    console.error(
      kind !== undefined && !isKind(kind)
        ? `"${kind}" is not something to create: write claim, source, pages or site.\n${usage}`
        : usage,
    );
    return 2;
  }
  if (!ID_PATTERN.test(id)) {
    const suggestion = slug(id.replace(/\.md$/, ""));
    const hint = ID_PATTERN.test(suggestion) ? ` Try ${suggestion}.` : "";
    console.error(
      `"${id}" is not a valid id: use lowercase letters, digits and hyphens, such as maire-piscine-fermee.${hint}`,
    );
    return 1;
  }
  const content = resolve(values.content ?? "content");
  if (!existsSync(content)) {
    console.error(`There is no content folder at ${content}.\n${usage}`);
    return 2;
  }
  const folder = join(content, FOLDERS[kind]);
  const file = join(folder, `${id}.md`);
  const shown = relative(process.cwd(), file).split(sep).join("/");
  const { site, ratings } = loadSettings(content, "content");
  const claim = values.claim?.trim();
  if (claim !== undefined && (kind !== "claim" || claim === "")) {
    console.error(`--claim gives the statement of a new claim, such as --claim "…".\n${usage}`);
    return 2;
  }
  mkdirSync(folder, { recursive: true });
  try {
    // "wx": refused when the file exists, even one created a moment ago.
    const given: Record<string, string> = claim === undefined ? {} : { claim };
    writeFileSync(file, template(kind, today(), ratings, given), { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    console.error(
      `${shown} already exists, and npm run new never overwrites a file. Edit it, or choose another id.`,
    );
    return 1;
  }
  if (claim !== undefined && site) {
    const own = ownFactChecks(content, "content", site, ratings).filter((other) => other.id !== id);
    const cached = readNetworkCache(process.cwd(), site.network);
    console.log(alreadyCheckedReport(claim, [...own, ...cached.factChecks]).join("\n"));
    if (site.network.length > 0 && cached.problem) console.log(cached.problem);
    console.log("");
  }
  console.log(`Wrote ${shown}.\n${NEXT[kind]}`);
  return 0;
}

function isKind(value: string | undefined): value is FrontMatterKind {
  return (FRONT_MATTER_KINDS as readonly (string | undefined)[]).includes(value);
}

/** `Cour d'appel` as `cour-d-appel`: what an id for that name could be. */
function slug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Today in the contributor's time zone, `YYYY-MM-DD`. */
function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

process.exitCode = main();
