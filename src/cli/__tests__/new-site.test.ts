import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { load } from "js-yaml";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpus } from "../../core/check/corpus.ts";
import { formatDiagnostic } from "../../core/diagnostics/format.ts";

const NEW = fileURLToPath(new URL("../new.ts", import.meta.url));
const CHECK = fileURLToPath(new URL("../check.ts", import.meta.url));

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A folder standing for a copy of the repository, whose content/ holds an example site. */
function repository(example = true): string {
  const root = mkdtempSync(join(tmpdir(), "citable-new-site-"));
  folders.push(root);
  if (!example) return root;
  for (const folder of ["claims", "sources", "captures", "pages"]) {
    mkdirSync(join(root, "content", folder), { recursive: true });
  }
  writeFileSync(join(root, "content/claims/a.md"), "---\n---\n");
  writeFileSync(join(root, "content/claims/b.md"), "---\n---\n");
  writeFileSync(join(root, "content/sources/s.md"), "---\n---\n");
  writeFileSync(join(root, "content/captures/s.txt"), "x");
  writeFileSync(join(root, "content/watch.json"), "{}");
  writeFileSync(join(root, "content/site.yaml"), "name: Example\n");
  return root;
}

/** Runs `npm run new -- site …` as an owner would, from `cwd`. */
function newSite(cwd: string, args: string[]) {
  const run = spawnSync(process.execPath, [NEW, "site", ...args], { cwd, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const EN = ["--name", "Checks Test", "--lang", "en", "--url", "https://checks.example.org"];
const FR = ["--name", "Les Vérifs", "--lang", "fr", "--url", "https://verifs.example.org/"];

/** Every file under `dir`, relative, sorted. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe("npm run new -- site", () => {
  it("refuses to replace a content folder that holds claims, and says how", () => {
    const root = repository();
    const run = newSite(root, EN);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      "content/ already holds 2 fact-checks and 1 source, and a new site would replace all of it. If that is what you want (the example site's content, say), run the same command with --replace-example.\n",
    );
    expect(readdirSync(join(root, "content/claims"))).toEqual(["a.md", "b.md"]);
  });

  it("replaces the example with a skeleton: settings, a scale and pages, nothing else", () => {
    const root = repository();
    const run = newSite(root, [...EN, "--replace-example"]);
    expect(run.status).toBe(0);
    expect(files(join(root, "content"))).toEqual([
      "pages/about.md",
      "pages/contact.md",
      "pages/corrections.md",
      "pages/funding.md",
      "pages/legal-notice.md",
      "pages/methodology.md",
      "ratings.yaml",
      "site.yaml",
    ]);
    expect(load(readFileSync(join(root, "content/site.yaml"), "utf8"))).toEqual({
      format: 2,
      name: "Checks Test",
      description: "Fact-checks by Checks Test, quote by quote.",
      lang: "en",
      url: "https://checks.example.org",
      base: "/",
      publisher: { name: "Checks Test" },
    });
    const check = loadCorpus(join(root, "content"), root);
    expect(check.diagnostics.map(formatDiagnostic)).toEqual([]);
    expect(check.files).toMatchObject({ claims: 0, sources: 0 });
  });

  it("makes a site that npm run check passes, saying what it checked", () => {
    const root = repository();
    newSite(root, [...EN, "--replace-example"]);
    const { CI: _ci, ...env } = process.env;
    const run = spawnSync(process.execPath, [CHECK], { cwd: root, encoding: "utf8", env });
    expect(run.stdout.replace(/\d+\.\d\d s/, "T s")).toBe(
      "✔ The settings and the site's own pages checked in T s (no fact-check or source yet): no problems.\n",
    );
    expect(run.status).toBe(0);
  });

  it("prints what it wrote and the next three commands", () => {
    const run = newSite(repository(false), [...EN, "--publisher", "The Checks Desk"]);
    expect(run.stdout).toBe(
      [
        "Wrote content/site.yaml.",
        "Wrote content/ratings.yaml.",
        "Wrote public/schemas/claim.schema.json.",
        "Wrote public/schemas/source.schema.json.",
        "Wrote content/pages/about.md.",
        "Wrote content/pages/contact.md.",
        "Wrote content/pages/corrections.md.",
        "Wrote content/pages/funding.md.",
        "Wrote content/pages/legal-notice.md.",
        "Wrote content/pages/methodology.md.",
        "",
        "Next: fill in the pages' own details (team, address, funding, legal notice), then:",
        "  npm run check                     checks the new site",
        "  npm run build                     builds it into dist/",
        "  npm run new -- claim <claim-id>   starts a first fact-check (its source first: npm run import -- <address>)",
        "",
      ].join("\n"),
    );
  });

  it("names the publisher as told, and writes a French site in French", () => {
    const root = repository(false);
    expect(newSite(root, [...FR, "--publisher", "Rédaction : Vérifs"]).status).toBe(0);
    const site = readFileSync(join(root, "content/site.yaml"), "utf8");
    expect(load(site)).toMatchObject({
      lang: "fr",
      publisher: { name: "Rédaction : Vérifs" },
      description: "Les vérifications des faits de Rédaction : Vérifs, citation par citation.",
    });
    expect(readFileSync(join(root, "content/pages/mentions-legales.md"), "utf8")).toContain(
      "title: Mentions légales",
    );
    const ratings = readFileSync(join(root, "content/ratings.yaml"), "utf8");
    expect(ratings).toContain("  - key: plutot-vrai\n");
    expect(loadCorpus(join(root, "content"), root).diagnostics.map(formatDiagnostic)).toEqual([]);
  });

  it("writes the claims' JSON Schema with the verdicts of the new scale", () => {
    const root = repository(false);
    newSite(root, EN);
    const schema = JSON.parse(readFileSync(join(root, "public/schemas/claim.schema.json"), "utf8"));
    expect(schema.properties.verdict.enum).toEqual([
      "accurate",
      "mostly-accurate",
      "misleading",
      "inaccurate",
      "unverifiable",
    ]);
  });

  it("writes an English scale whose keys YAML keeps as texts", () => {
    const root = repository(false);
    newSite(root, EN);
    const ratings = load(readFileSync(join(root, "content/ratings.yaml"), "utf8")) as {
      verdicts: Array<{ key: string; label: { en: string } }>;
    };
    expect(ratings.verdicts.map((verdict) => [verdict.key, verdict.label.en])).toEqual([
      ["accurate", "True"],
      ["mostly-accurate", "Mostly true"],
      ["misleading", "Misleading"],
      ["inaccurate", "False"],
      ["unverifiable", "Unverifiable"],
    ]);
  });

  it.each([
    [["--lang", "en", "--url", "https://x.example"], "--name is missing: the new site needs it."],
    [
      ["--name", "X", "--lang", "de", "--url", "https://x.example"],
      '--lang "de" must be fr or en.',
    ],
    [["--name", "X", "--url", "https://x.example"], "--lang is missing: the new site needs it."],
    [
      ["--name", "X", "--lang", "fr", "--url", "ftp://x.example"],
      '--url "ftp://x.example" must be an absolute http or https address, such as https://example.org/page.',
    ],
    [
      ["--name", " ", "--lang", "fr", "--url", "https://x.example"],
      '--name " " must not be empty.',
    ],
  ])("refuses %j, saying which option is wrong", (args, message) => {
    const root = repository();
    const run = newSite(root, args);
    expect(run.status).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe(message);
    expect(run.stderr).toContain("Usage: npm run new -- claim|source <id>");
    expect(existsSync(join(root, "content/claims/a.md"))).toBe(true);
  });
});
