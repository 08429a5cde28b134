/**
 * Runs every example of CONTRIBUTING.md, so that the guide cannot rot.
 * A comment `<!-- test: … -->` before each fenced block says what it is:
 *
 * - `start from <paths>`: the files the examples start from; `content/…` is read from the
 *   fixture site (the example's content, which the tests own), never from the project's content/;
 * - `run`: commands (`npm run import …`, `npm run new …`, `npm run check`) run in that folder;
 *   `output` after it: what they print, exactly (the check's time aside);
 * - `file <path>`: a whole file, written there; the check then finds no problem;
 * - `append to the front matter of <path>`: lines added before its closing `---`;
 * - `part of <path>`: lines that stand in that file as the guide left it;
 * - `mistake <path>`: a broken file, checked in a copy; `check prints` after it:
 *   the check's lines, or with `head lines` only the first line of each problem;
 * - `ratings` (before a table): the rating scale of the fixture's ratings.yaml.
 *
 * The steps run in order, and each file builds on the ones before.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { FIXTURE_SITE, fixtureFile } from "../../../test/support/fixture-site.ts";
import { loadCorpus } from "../../core/check/corpus.ts";
import { loadSettings } from "../../core/content/settings-files.ts";
import { formatDiagnostic } from "../../core/diagnostics/format.ts";

const PROJECT = fileURLToPath(new URL("../../..", import.meta.url));
const GUIDE_PATH = join(PROJECT, "CONTRIBUTING.md");
const GUIDE = readFileSync(GUIDE_PATH, "utf8");
const COMMANDS: Record<string, string> = {
  "npm run new": join(PROJECT, "src/cli/new.ts"),
  "npm run check": join(PROJECT, "src/cli/check.ts"),
  "npm run import": join(PROJECT, "src/cli/import.ts"),
};

/** A step of the guide: a directive and the block it applies to. */
interface Step {
  directive: string;
  /** The fenced block's text, or the table's lines. */
  text: string;
  /** Line of the block in the guide, for failure messages. */
  line: number;
}

/** The guide's directives with their blocks; a fenced block without one fails. */
function steps(): Step[] {
  const found: Step[] = [];
  let pending: { directive: string; line: number } | undefined;
  for (const node of fromMarkdown(GUIDE).children) {
    const line = node.position?.start.line ?? 0;
    const directive = node.type === "html" ? /<!-- test: (.+?) -->/.exec(node.value) : null;
    if (directive?.[1]?.startsWith("start from ")) {
      found.push({ directive: directive[1], text: "", line });
    } else if (directive) {
      pending = { directive: directive[1] ?? "", line };
    } else if (node.type === "code") {
      if (!pending) throw new Error(`CONTRIBUTING.md:${line}: this example has no test comment.`);
      found.push({ ...pending, text: node.value, line });
      pending = undefined;
    } else if (pending?.directive === "ratings") {
      const { start, end } = node.position ?? { start: { offset: 0 }, end: { offset: 0 } };
      found.push({ ...pending, text: GUIDE.slice(start.offset, end.offset), line });
      pending = undefined;
    }
  }
  return found;
}

/** Runs the guide's steps; each assertion names the guide's line. */
function runGuide(): void {
  const root = mkdtempSync(join(tmpdir(), "citable-guide-"));
  const list = steps();
  for (const [index, step] of list.entries()) {
    const next = list[index + 1];
    const where = `CONTRIBUTING.md:${step.line}`;
    const [verb, path = ""] = split(step.directive);
    if (verb === "start from") {
      for (const file of path.split(" ")) copy(startingFile(file), join(root, file));
    } else if (verb === "run") {
      const printed = step.text.split("\n").map((command) => run(root, command, where));
      if (next && split(next.directive)[0] === "output") {
        expect(maskTime(printed.join("")), `${where}: what the commands print`).toBe(
          maskTime(`${next.text}\n`),
        );
      }
    } else if (verb === "file" || verb === "append to the front matter of") {
      const file = join(root, path);
      const text = verb === "file" ? `${step.text}\n` : appendToFrontMatter(file, step.text);
      write(file, text);
      expect(check(root), `${where}: the check after this file`).toEqual([]);
    } else if (verb === "part of") {
      expect(readFileSync(join(root, path), "utf8"), where).toContain(step.text);
    } else if (verb === "mistake") {
      const copyRoot = mkdtempSync(join(tmpdir(), "citable-guide-mistake-"));
      copy(root, copyRoot);
      write(join(copyRoot, path), `${step.text}\n`);
      const [printedVerb, only = ""] = split(next?.directive ?? "");
      expect(printedVerb, `${where}: a mistake is followed by what the check prints`).toBe(
        "check prints",
      );
      const lines = check(copyRoot).filter((line) => only === "" || !line.startsWith(" "));
      expect(lines.join("\n"), `${where}: what the check prints`).toBe(next?.text);
    } else if (verb === "ratings") {
      expect(step.text, where).toBe(ratingsTable());
    } else if (verb !== "output" && verb !== "check prints") {
      throw new Error(`${where}: unknown test comment "${step.directive}".`);
    }
  }
}

const VERBS = ["start from", "append to the front matter of", "check prints", "part of"];

/** `file content/x.md` as `["file", "content/x.md"]`. */
function split(directive: string): [string, string?] {
  const verb = VERBS.find((name) => directive.startsWith(name)) ?? directive.split(" ")[0] ?? "";
  const rest = directive.slice(verb.length).trim();
  return rest === "" ? [verb] : [verb, rest];
}

/** A command of the guide, run with the project's scripts from `root`: what it prints. */
function run(root: string, command: string, where: string): string {
  const name = Object.keys(COMMANDS).find((prefix) => command.startsWith(prefix));
  if (!name) throw new Error(`${where}: the tests cannot run "${command}".`);
  const args = command.slice(name.length).trim().replace(/^-- /, "").split(/\s+/).filter(Boolean);
  const { CI: _ci, ...env } = process.env;
  const result = spawnSync(process.execPath, [COMMANDS[name] as string, ...args], {
    cwd: root,
    encoding: "utf8",
    env,
  });
  return result.stdout + result.stderr;
}

/** The check's lines for `root`'s content, paths as a contributor sees them. */
function check(root: string): string[] {
  const { diagnostics } = loadCorpus(join(root, "content"), root);
  return diagnostics.flatMap((diagnostic) => formatDiagnostic(diagnostic).split("\n"));
}

function appendToFrontMatter(file: string, lines: string): string {
  const text = readFileSync(file, "utf8");
  const closing = text.indexOf("\n---\n", 4);
  if (closing === -1) throw new Error(`${file} has no front matter to append to.`);
  return `${text.slice(0, closing + 1)}${lines}\n${text.slice(closing + 1)}`;
}

/** The rating scale as the guide's table shows it. */
function ratingsTable(): string {
  const { ratings } = loadSettings(FIXTURE_SITE, "content");
  const rows = (ratings?.verdicts ?? []).map(
    (verdict) =>
      `| \`${verdict.key}\` | ${verdict.label.fr} (${verdict.label.en}) | ${verdict.description.en} |`,
  );
  return ["| `verdict` | label | meaning |", "| --- | --- | --- |", ...rows].join("\n");
}

function maskTime(text: string): string {
  return text.replace(/checked in \d+\.\d+ s/g, "checked in 0.00 s");
}

/** Where a `start from` path is read: `content/…` from the fixture site, the rest from the project. */
function startingFile(path: string): string {
  return path.startsWith("content/")
    ? fixtureFile(path.slice("content/".length))
    : join(PROJECT, path);
}

function copy(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true });
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

describe("CONTRIBUTING.md", () => {
  it("marks every example with what the tests do with it", () => {
    expect(steps().length).toBeGreaterThan(10);
  });

  it("names only scripts that package.json has", () => {
    const { scripts } = JSON.parse(readFileSync(join(PROJECT, "package.json"), "utf8"));
    const named = [...GUIDE.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]);
    expect(named.filter((name) => !(name && name in scripts))).toEqual([]);
  });

  it("shows what the tools do, step by step", () => {
    runGuide();
  });
});
