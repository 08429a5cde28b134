/**
 * A site that replaces the example's content keeps `npm test` green. On a copy
 * of the repository whose content/ is another small valid site (other names,
 * language, scale and counts, two authors on a source), `npm run check`
 * passes, and so do the tests that read the fixture site: were one of them to
 * read content/ again, it would meet none of the names and counts it expects.
 * The copy links the project's node_modules; what runs there never runs this
 * file again (it is left out, and skips itself in a copy).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { buildEnv } from "../support/build-site.ts";
import { OTHER_SITE, writeOtherSite } from "../support/other-site.ts";

const PROJECT = fileURLToPath(new URL("../../", import.meta.url));
const THIS = relative(PROJECT, fileURLToPath(import.meta.url))
  .split(sep)
  .join("/");
const IN_COPY = "CITABLE_TESTS_IN_CONTENT_COPY";

// Not copied: the site's content (replaced), packages (linked), built output, caches, history.
const SKIPPED = new Set(["content", "node_modules", "dist", "dist.old", ".astro", ".git"]);
// The tests that need nothing built and read the fixture site, directly or through a helper.
const READS_FIXTURE = /fixture-site\.ts|\/seeds\.ts|content-folder\.ts|corpus\/generate\.ts/;
const SITE_TESTS = /^src\/(integrations|pages)\/__tests__\//;

/** The unit tests that read the fixture site, this file aside. */
function fixtureReaders(): string[] {
  const files = readdirSync(PROJECT, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(sep).join("/"))
    .filter((file) => /^(src|bench|test)\/.*\.test\.ts$/.test(file))
    .filter((file) => !file.split("/").includes("node_modules"));
  return (
    files
      // Property tests draw many cases from the texts, whichever they are: the slow part, not the point.
      .filter(
        (file) => file !== THIS && !SITE_TESTS.test(file) && !file.endsWith(".property.test.ts"),
      )
      .filter((file) => READS_FIXTURE.test(readFileSync(join(PROJECT, file), "utf8")))
      .sort()
  );
}

/** Runs `args` with this Node in `cwd`, as the tests' own commands run: exit code and output. */
function run(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, args, {
    cwd,
    encoding: "utf8",
    env: { ...buildEnv(), [IN_COPY]: "1", CI: "", NO_COLOR: "1", FORCE_COLOR: "0" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe.skipIf(process.env[IN_COPY] === "1")("the tests on a copy with other content", () => {
  const copy = mkdtempSync(join(tmpdir(), "citable-other-content-"));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("pass: npm run check judges the other content, the fixture's readers stay green", () => {
    cpSync(PROJECT, copy, {
      recursive: true,
      filter: (path) => {
        const name = basename(path);
        const top = relative(PROJECT, path).split(sep)[0] ?? "";
        return !(SKIPPED.has(name) && (name !== "content" || top === "content"));
      },
    });
    symlinkSync(join(PROJECT, "node_modules"), join(copy, "node_modules"));
    writeOtherSite(join(copy, "content"));

    const check = run(copy, ["src/cli/check.ts"]);
    expect(check.output).toMatch(
      new RegExp(
        `^✔ ${OTHER_SITE.claims} claims and ${OTHER_SITE.sources} sources checked in [\\d.]+ s: no problems\\.\\n$`,
      ),
    );
    expect(check.status).toBe(0);

    const files = fixtureReaders();
    // The readers of the fixture: the check's, the quote's, the import's, the schema's tests.
    expect(files).toEqual(
      expect.arrayContaining([
        "src/cli/__tests__/check.test.ts",
        "src/core/schema/__tests__/json-schema.test.ts",
        "src/core/quote/__tests__/locate.test.ts",
        "src/capture/__tests__/seeds.test.ts",
      ]),
    );
    const vitest = join("node_modules", "vitest", "vitest.mjs");
    const tests = run(copy, [vitest, "run", "--project", "unit", ...files]);
    expect(tests.status, tests.output.slice(-4000)).toBe(0);
    expect(tests.output).toMatch(new RegExp(`Test Files\\s+\\S*${files.length} passed`));
  }, 300_000);
});
