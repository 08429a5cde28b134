/**
 * `npm run build` on content with an error: it must fail with the check's own
 * line, no stack trace, and leave the previous dist/ whole; once the content is
 * fixed, it replaces dist/. It runs in a copy of the project whose content/ is
 * the fixture site, and whose node_modules links to the project's packages one
 * by one, so that Astro's caches (node_modules/.astro, .vite) stay the copy's own.
 */
import { execFile } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildEnv } from "../../../test/support/build-site.ts";
import { PAGED, projectRoot } from "../../../test/support/built-site.ts";
import { FIXTURE_SITE } from "../../../test/support/fixture-site.ts";

// Left out of the copy: built output, caches, history, the packages (linked instead), and the
// site's content (the fixture site's stands in for it).
const SKIPPED = new Set(["node_modules", "dist", ".astro", ".git", "content"]);

describe("npm run build", () => {
  let copy: string;
  let result: { code: number | null; output: string };

  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), "citable-build-"));
    cpSync(projectRoot, copy, {
      recursive: true,
      filter: (path) => {
        const top = relative(projectRoot, path).split(/[/\\]/)[0] ?? "";
        return !(SKIPPED.has(top) || top.startsWith(".dist-"));
      },
    });
    cpSync(FIXTURE_SITE, join(copy, "content"), { recursive: true });
    linkPackages(copy);
    const claim = join(copy, "content/claims/kessaci-20-ans.md");
    const text = readFileSync(claim, "utf8");
    if (!text.includes("\nverdict: faux\n")) throw new Error("The claim's verdict has changed.");
    writeFileSync(claim, text.replace("\nverdict: faux\n", "\nverdict: fau\n"));
    mkdirSync(join(copy, "dist"));
    writeFileSync(join(copy, "dist/marker.txt"), "the previous build\n");
    result = await run(copy);
  }, 120_000);
  afterAll(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
  });

  it("exits with 1 when the content has an error", () => {
    expect(result.code).toBe(1);
  });

  it("prints the check's line for the error, and no stack trace", () => {
    const lines = result.output.split("\n");
    expect(lines).toContain(
      'content/claims/kessaci-20-ans.md:7:1  error  The verdict "fau" is not in the rating scale; did you mean "faux"?  unknown-verdict',
    );
    expect(lines.filter((line) => /^\s+at |Stack trace/.test(line))).toEqual([]);
  });

  it("leaves the previous dist/ as it was, and no staging folder behind", () => {
    expect(readdirSync(join(copy, "dist"))).toEqual(["marker.txt"]);
    expect(readFileSync(join(copy, "dist/marker.txt"), "utf8")).toBe("the previous build\n");
    expect(readdirSync(copy).filter((name) => name.startsWith(".dist"))).toEqual([]);
  });

  it("replaces the previous dist/ once the content is fixed, reports the new one, and leaves no old copy", async () => {
    const claim = join(copy, "content/claims/kessaci-20-ans.md");
    writeFileSync(
      claim,
      readFileSync(claim, "utf8").replace("\nverdict: fau\n", "\nverdict: faux\n"),
    );
    const fixed = await run(copy);
    expect(fixed.code).toBe(0);
    expect(fixed.output).toMatch(/^Output: [\d.]+ [KM]B in [\d\u00a0 ]+ files/m);
    expect(fixed.output).toMatch(
      /\d+ fact-checks and \d+ sources checked: each of their [\d ]+ quotes stands in its source\./,
    );
    // What runs after Astro's process is said before it starts, and what it did once it ends.
    const after = fixed.output
      .split("\n")
      .filter((line) => /^(Search index|Share cards|Output):/.test(line));
    expect(after[0]).toMatch(
      /^Search index: Pagefind indexes the pages(; [\d ]+ share cards are drawn meanwhile)?\.$/,
    );
    const indexed = after.findIndex((line) =>
      /^Search index: [\d ]+ pages indexed by Pagefind \(\d+\.\d s\)\.$/.test(line),
    );
    expect(indexed).toBeGreaterThan(0);
    expect(after.at(-1)).toMatch(/^Output: /);
    // Astro's line per page is not printed; their count is, once they are all written.
    expect(fixed.output).not.toMatch(/[├└]─/);
    expect(stripVTControlCharacters(fixed.output)).toMatch(
      / \[build\] [\d ]+ routes rendered\n.*✓ Completed in /,
    );
    expect(readdirSync(join(copy, "dist"))).not.toContain("marker.txt");
    expect(readdirSync(join(copy, "dist"))).toContain("index.html");
    expect(
      readdirSync(copy).filter((name) => name.startsWith("dist.") || name.startsWith(".dist")),
    ).toEqual([]);
  }, 120_000);

  it("stops on a misspelt option of citable(), naming it, what was given and what is allowed", async () => {
    const config = join(copy, "astro.config.mjs");
    const text = readFileSync(config, "utf8");
    const call = 'citable({ content: "content" })';
    if (!text.includes(call)) throw new Error(`astro.config.mjs no longer holds ${call}.`);
    writeFileSync(
      config,
      text.replace(call, 'citable({ content: "content", shareCard: "claim" })'),
    );
    const misspelt = await run(copy);
    writeFileSync(config, text);
    expect(misspelt.code).toBe(1);
    const lines = misspelt.output.split("\n");
    expect(lines).toContain(
      'citable() has no option "shareCard" (given "claim"). Did you mean "shareCards"? The options are "content", "shareCards" or "cardCache".',
    );
    expect(lines.filter((line) => /^\s+at |Stack trace/.test(line))).toEqual([]);
    expect(readdirSync(join(copy, "dist"))).toContain("index.html");
  }, 120_000);
});

describe("npm run build on the fixture site", () => {
  it("leaves no process behind, running or unreaped, whether it indexes after Astro or inside it", () => {
    // global-setup.ts built the site both ways, each build the leader of its own process group.
    expect(inject("leftovers")).toEqual({ root: [], verif: [], en: [] });
  });

  it("loads and checks the content once per build, however many threads render the pages", () => {
    expect(inject("loads")).toEqual({ root: 1, verif: 1, en: 1, paged: 1 });
  });

  it("reads and parses each claim file once per build, the reasoning rendered from that one reading", () => {
    const claims = readdirSync(join(FIXTURE_SITE, "claims")).filter((name) => name.endsWith(".md"));
    const once = `${claims.length} of ${claims.length}`;
    const paged = `${PAGED.claims} of ${PAGED.claims}`;
    expect(inject("claimReads")).toEqual({ root: once, verif: once, en: once, paged });
  });

  it("leaves no dot-file in the built site: nothing the build hands over stays in it", () => {
    for (const dir of [...Object.values(inject("sites")), inject("paged")]) {
      const hidden = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((path) =>
        path.split(/[/\\]/).some((name) => name.startsWith(".")),
      );
      expect(hidden).toEqual([]);
    }
  });

  it("writes _headers and the search index whether it indexes after Astro or inside it", () => {
    for (const dir of Object.values(inject("sites"))) {
      expect(readFileSync(join(dir, "_headers"), "utf8")).toMatch(
        /^\/\*\n {2}Content-Security-Policy: /,
      );
      expect(readdirSync(join(dir, "pagefind"))).toContain("pagefind-entry.json");
    }
  });
});

/** Gives `copy` a node_modules folder of its own whose packages link to the project's. */
function linkPackages(copy: string): void {
  const packages = join(projectRoot, "node_modules");
  mkdirSync(join(copy, "node_modules"));
  for (const name of readdirSync(packages)) {
    if (name === ".astro" || name === ".vite") continue;
    symlinkSync(join(packages, name), join(copy, "node_modules", name));
  }
}

function run(cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["src/cli/build.ts"],
      { cwd, env: buildEnv(), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
}
