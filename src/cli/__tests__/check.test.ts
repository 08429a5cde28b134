import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FIXTURE_SITE, fixtureFile } from "../../../test/support/fixture-site.ts";
import { replace, variantFolder } from "../../core/check/__tests__/variant.ts";

const CHECK = fileURLToPath(new URL("../check.ts", import.meta.url));
const PROJECT = fileURLToPath(new URL("../../..", import.meta.url));

/** Runs `npm run check` as a contributor would, from `cwd`. */
function check(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  const { CI: _ci, ...rest } = process.env;
  const run = spawnSync(process.execPath, [CHECK, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...rest, ...env },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("check", () => {
  it("passes the fixture site with no problem, and counts its files", () => {
    const count = (folder: string) => readdirSync(fixtureFile(folder)).length;
    const run = check(PROJECT, [FIXTURE_SITE]);
    expect(run.stderr).toBe("");
    expect(run.stdout.replace(/\d+\.\d\d s/, "0.00 s")).toBe(
      `✔ ${count("claims")} claims and ${count("sources")} sources checked in 0.00 s: no problems.\n`,
    );
    expect(run.status).toBe(0);
  });

  it("prints every problem of a broken copy, a summary, and exits 1", () => {
    const root = variantFolder({
      "claims/exemple.md": (text) =>
        replace(
          "verdict: vrai",
          "verdict: vrais",
        )(text).replace(
          '    source: journal\n    quote: "La',
          '    source: jounal\n    quote: "La',
        ),
      "sources/casse.md": "---\ntitle: [x\n---\n",
    });
    const run = check(root);
    const heads = run.stdout.split("\n").filter((line) => /^content\//.test(line));
    expect(heads).toEqual([
      'content/claims/exemple.md:4:1  error  The verdict "vrais" is not in the rating scale; did you mean "vrai"?  unknown-verdict',
      'content/claims/exemple.md:12:5  error  Citation "encore" cites the source "jounal", which does not exist; did you mean "journal"?  unknown-source',
      "content/sources/casse.md:2:10  error  The front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ].  yaml-syntax",
    ]);
    expect(run.stdout).toMatch(
      /\n✖ 1 claim and 2 sources checked in \d+\.\d\d s: 3 errors, 0 warnings\.\n/,
    );
    // Without a watch.json, the summary is the last line: a site that does not watch hears nothing of it.
    expect(run.stdout.endsWith("warnings.\n")).toBe(true);
    expect(run.stdout).not.toMatch(/^\s+at /m);
    expect(run.status).toBe(1);
  });

  it.each([
    ["--format github", ["--format", "github"], {}],
    ["CI=true", [], { CI: "true" }],
  ])("prints GitHub Actions annotations with %s", (_name, args, env) => {
    const root = variantFolder({ "claims/exemple.md": replace("verdict: vrai", "verdict: vrais") });
    const run = check(root, [join(root, "content"), ...args], env);
    expect(run.stdout).toContain(
      '::error file=content/claims/exemple.md,line=4,endLine=4,col=1,endColumn=15,title=Citable%3A unknown-verdict::The verdict "vrais" is not in the rating scale; did you mean "vrai"?%0AVerdicts: vrai, plutot-vrai, trompeur, faux, inverifiable (ratings.yaml).',
    );
    expect(run.status).toBe(1);
  });

  it("says how to use it when the folder does not exist", () => {
    const run = check(PROJECT, ["nowhere"]);
    expect(run.stderr).toContain("There is no content folder at");
    expect(run.stderr).toContain("Usage: npm run check -- [content-dir] [--format text|github]");
    expect(run.status).toBe(2);
  });
});
