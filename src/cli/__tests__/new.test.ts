import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { variantFolder } from "../../core/check/__tests__/variant.ts";
import { loadCorpus } from "../../core/check/corpus.ts";
import { loadSettings } from "../../core/content/settings-files.ts";
import { formatDiagnostic } from "../../core/diagnostics/format.ts";
import { frontMatterJsonSchema, type JsonSchema } from "../../core/schema/json-schema.ts";
import { template } from "../template.ts";

const NEW = fileURLToPath(new URL("../new.ts", import.meta.url));
const PROJECT = fileURLToPath(new URL("../../..", import.meta.url));

/** A copy of the check's fixture content/, with the source the templates' examples quote. */
function site(): string {
  const root = variantFolder({});
  writeFileSync(
    join(root, "content/sources/gazette-piscine.md"),
    "---\ntitle: La piscine en travaux\npublisher: La Gazette\npublished: 2026-02-09\n---\nInterrogée sur le budget, la maire a confirmé que la piscine fermera pour travaux en juillet, a-t-elle précisé.\n",
  );
  return root;
}

/** Runs `npm run new` as a contributor would, from `cwd`. */
function scaffold(cwd: string, args: string[]) {
  const run = spawnSync(process.execPath, [NEW, ...args], { cwd, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function check(root: string): string[] {
  return loadCorpus(join(root, "content"), root).diagnostics.map(formatDiagnostic);
}

/**
 * Fills a template in as a contributor would: each empty field gets the value
 * its "Such as" comment suggests (or the first verdict), and each optional
 * field is uncommented.
 */
function fillIn(kind: "claim" | "source", text: string, body: string): string {
  const lines = text.split("\n");
  const filled = lines.map((line, index) => {
    const previous = lines[index - 1] ?? "";
    const value =
      /^\s*# Such as: (.*)$/.exec(previous)?.[1] ?? /^\s*# One of: ([^,.]+)/.exec(previous)?.[1];
    return value !== undefined && /:$/.test(line) ? `${line} ${value}` : line;
  });
  const keys = fieldNames(frontMatterJsonSchema(kind));
  let commented = false;
  const uncommented = filled.map((line) => {
    const field = /^\s*# ([a-zA-Z]+):/.exec(line)?.[1];
    // A commented-out field goes on over the lines indented further than its `# `.
    if (field !== undefined && keys.has(field)) commented = true;
    else if (!/^\s*# {2}/.test(line)) commented = false;
    return commented ? line.replace(/^(\s*)# /, "$1") : line;
  });
  return `${uncommented.join("\n")}${body}\n`;
}

/** The names of a schema's fields, nested ones included. */
function fieldNames(schema: JsonSchema): Set<string> {
  const names = new Set<string>();
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    names.add(name);
    const items = typeof property === "object" ? property.items : undefined;
    if (typeof items === "object" && !Array.isArray(items)) {
      for (const nested of fieldNames(items)) names.add(nested);
    }
  }
  return names;
}

describe("new", () => {
  it("writes a claim from its template, then says where and what next", () => {
    const root = site();
    const run = scaffold(root, ["claim", "kessaci-legislatives"]);
    expect(run.stdout).toBe(
      "Wrote content/claims/kessaci-legislatives.md.\nNext: fill in its empty fields (the comments in the file explain each one), write the reasoning below the front matter, then run npm run check.\n",
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const written = readFileSync(join(root, "content/claims/kessaci-legislatives.md"), "utf8");
    const { ratings } = loadSettings(join(root, "content"), "content");
    expect(written).toBe(template("claim", today(), ratings));
    expect(written).toMatch(
      /^---\n# yaml-language-server: \$schema=\.\.\/\.\.\/public\/schemas\/claim\.schema\.json\n/,
    );
    expect(written).toContain(`\npublished: ${today()}\n`);
    expect(written).toContain(
      "# One of: vrai, plutot-vrai, trompeur, faux, inverifiable.\nverdict:\n",
    );
  });

  it("writes a source with today's date as the date of capture", () => {
    const root = site();
    const run = scaffold(root, ["source", "le-journal-2026"]);
    expect(run.stdout).toBe(
      "Wrote content/sources/le-journal-2026.md.\nNext: paste the archived text below the front matter, fill in its empty fields (the comments in the file explain each one), then run npm run check.\n",
    );
    const written = readFileSync(join(root, "content/sources/le-journal-2026.md"), "utf8");
    expect(written).toMatch(
      /^---\n# yaml-language-server: \$schema=\.\.\/\.\.\/public\/schemas\/source\.schema\.json\n/,
    );
    expect(written).toContain(`\narchived: ${today()}\n`);
    expect(written).toContain("\npublished:\n");
  });

  it.each(["claim", "source"] as const)("explains every field of a %s", (kind) => {
    const text = template(kind, "2026-02-10");
    const described = (schema: JsonSchema): string[] =>
      Object.values(schema.properties ?? {}).flatMap((property) => {
        if (typeof property !== "object") return [];
        const items = property.items;
        const nested = typeof items === "object" && !Array.isArray(items) ? described(items) : [];
        return [property.description ?? "", ...nested];
      });
    // A comment inside a commented-out example (an optional field of a list item) is "#   # …".
    const comments = text.replace(/\n\s*#(?:\s+#)* /g, " ");
    for (const description of described(frontMatterJsonSchema(kind))) {
      expect(comments).toContain(description);
    }
  });

  it("makes the first check name each empty field of a claim on its line", () => {
    const root = site();
    scaffold(root, ["claim", "nouvelle"]);
    const heads = check(root).map((line) => line.split("\n")[0]);
    expect(heads).toEqual([
      'content/claims/nouvelle.md:11:1  error  The field "claim" must be a text, but it is empty.  invalid-field',
      'content/claims/nouvelle.md:19:1  error  The field "verdict" must be a text, but it is empty.  invalid-field',
      'content/claims/nouvelle.md:23:1  error  The field "summary" must be a text, but it is empty.  invalid-field',
      'content/claims/nouvelle.md:32:5  error  The field "id" of citation 1 must be a text, but it is empty.  invalid-field',
      'content/claims/nouvelle.md:35:5  error  The field "source" of citation 1 must be a text, but it is empty.  invalid-field',
      'content/claims/nouvelle.md:39:5  error  The field "quote" of citation 1 must be a text, but it is empty.  invalid-field',
    ]);
  });

  it("passes the check once a claim's template is filled in, optional fields included", () => {
    const root = site();
    scaffold(root, ["claim", "nouvelle"]);
    const file = join(root, "content/claims/nouvelle.md");
    // Published before the example's update and correction, on 2026-02-12.
    const text = readFileSync(file, "utf8").replace(
      `published: ${today()}`,
      "published: 2026-02-10",
    );
    expect(text).toContain("\npublished: 2026-02-10\n");
    const filled = fillIn("claim", text, "Elle a parlé de travaux [@travaux].");
    expect(filled).toContain(
      "\ncorrections:\n  # When the correction was made, YYYY-MM-DD.\n  - date:",
    );
    expect(filled).toContain('\n    prefix: "la maire a confirmé que"\n');
    writeFileSync(file, filled);
    expect(check(root)).toEqual([]);
  });

  it("passes the check once a source's template is filled in, optional fields included", () => {
    const root = site();
    scaffold(root, ["source", "nouvelle-source"]);
    const file = join(root, "content/sources/nouvelle-source.md");
    const filled = fillIn("source", readFileSync(file, "utf8"), "Le texte de l’article.");
    expect(filled).toContain("\nurl: https://example.org/article\n");
    writeFileSync(file, filled);
    expect(check(root)).toEqual([]);
  });

  it("refuses to overwrite a file, and leaves it as it was", () => {
    const root = site();
    const file = join(root, "content/claims/exemple.md");
    const before = readFileSync(file, "utf8");
    const run = scaffold(root, ["claim", "exemple"]);
    expect(run.stderr).toBe(
      "content/claims/exemple.md already exists, and npm run new never overwrites a file. Edit it, or choose another id.\n",
    );
    expect(run.stdout).toBe("");
    expect(run.status).toBe(1);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it.each([
    ["Légion d'honneur", " Try legion-d-honneur."],
    ["exemple.md", " Try exemple."],
    ["../../etc/passwd", " Try etc-passwd."],
    ["durain--2025", " Try durain-2025."],
    ["_", ""],
  ])("refuses the id %j and says what a valid one looks like", (id, hint) => {
    const root = site();
    const run = scaffold(root, ["claim", id]);
    expect(run.stderr).toBe(
      `"${id}" is not a valid id: use lowercase letters, digits and hyphens, such as maire-piscine-fermee.${hint}\n`,
    );
    expect(run.status).toBe(1);
  });

  it("writes into the folder given by --content, creating claims/ when needed", () => {
    const root = site();
    rmSync(join(root, "content/claims"), { recursive: true });
    const run = scaffold(PROJECT, ["claim", "ailleurs", "--content", join(root, "content")]);
    expect(run.status).toBe(0);
    expect(existsSync(join(root, "content/claims/ailleurs.md"))).toBe(true);
  });

  const usage = [
    'Usage: npm run new -- claim|source <id> [--content dir] [--claim "the statement"]',
    "       npm run new -- pages [--content dir]",
    '       npm run new -- site --name "…" --lang fr|en --url https://… [--publisher "…"] [--replace-example] [--content dir]',
    "",
  ].join("\n");

  it.each([
    [[], usage],
    [["claim"], usage],
    [
      ["page", "x"],
      `"page" is not something to create: write claim, source, pages or site.\n${usage}`,
    ],
    [["claim", "x", "--lang", "en"], `--lang is an option of npm run new -- site only.\n${usage}`],
  ])("says how to use it when called with %j", (args, stderr) => {
    const run = scaffold(site(), args);
    expect(run.stderr).toBe(stderr);
    expect(run.status).toBe(2);
  });
});
