import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../diagnostics/format.ts";
import { loadCorpus } from "../../corpus.ts";
import { replace, variantFolder } from "../variant.ts";
import { CASES, type HostileCase } from "./cases.ts";
import { removeFolder } from "./folders.ts";

const CHECK = fileURLToPath(new URL("../../../../cli/check.ts", import.meta.url));

/** The edits of the cases named, which touch different files. */
function merged(...names: string[]) {
  const chosen = names.map((name) => {
    const found = CASES.find((hostile) => hostile.name === name);
    if (!found) throw new Error(`no case named ${JSON.stringify(name)}`);
    return found;
  });
  return {
    edits: Object.assign({}, ...chosen.map((hostile) => hostile.edits)) as HostileCase["edits"],
    prepare: (content: string) => {
      for (const hostile of chosen) hostile.prepare?.(content);
    },
  };
}

// Several hostile contributions in one pull request; none depends on today's date.
const { edits, prepare } = merged(
  'refuses front matter marked "---coffee" without running it',
  "refuses an <iframe> in a source",
  "refuses a source that is a symbolic link to a file outside the content",
  "refuses a YAML bomb of nested aliases (a billion laughs)",
  "refuses a 50 MB file by its size, without reading it",
  'refuses the file name "a\\nb.md"',
  "refuses front matter that is null",
  "refuses a quote of a single word",
);
const root = variantFolder({
  ...edits,
  "claims/exemple.md": (text) =>
    replace(
      "puis répété [@encore].",
      "puis répété [@encore].\n\n[Cliquez](javascript:alert(1))",
    )(
      replace(
        "verdict: vrai",
        'verdict: "vrai\\n::error file=README.md::pwned"',
      )(replace("claimant: Jérôme Durain", "claimant: Jérôme Durain\ntags: [Narcotrafic]")(text)),
    ),
  "claims/elision.md": `---\nclaim: "x"\nverdict: faux\nsummary: "Non."\npublished: 2026-01-10\nupdated: 2026-01-05\ntags: [narcotrafic]\ncitations:\n  - id: c\n    source: journal\n    quote: "Il a dit : « La République […] sans rapport, avec des mots"\n---\nVoir [@c].\n`,
  "sources/recente.md": `---\ntitle: t\npublisher: p\npublished: 2026-02-01\n---\nUn passage de la source récente.\n`,
  "claims/cite-recente.md": `---\nclaim: "x"\nverdict: faux\nsummary: "Non."\npublished: 2026-01-15\ncitations:\n  - id: c\n    source: recente\n    quote: "Un passage de la source récente."\n---\nVoir [@c].\n`,
  "sources/profonde.md": `---\ntitle: t\npublisher: p\npublished: 2025-01-01\n---\n${"> ".repeat(50)}x\n`,
  "claims/cite-profonde.md": `---\nclaim: "x"\nverdict: faux\nsummary: "Non."\npublished: 2026-01-01\ncitations:\n  - id: c\n    source: profonde\n    quote: "un passage de la source"\n---\nVoir [@c].\n`,
});
prepare(join(root, "content"));
afterAll(() => removeFolder(root));

function run(...args: string[]) {
  return spawnSync(process.execPath, [CHECK, join(root, "content"), ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, CI: "false" },
  });
}

describe("npm run check on a pull request full of hostile files", () => {
  it("prints exactly what loadCorpus finds, and fails", () => {
    const { diagnostics } = loadCorpus(join(root, "content"), root);
    const { stdout, status } = run("--format", "text");
    const printed = stdout.slice(0, stdout.lastIndexOf("\n\n"));
    expect(printed).toBe(diagnostics.map(formatDiagnostic).join("\n"));
    expect(status).toBe(1);
    expect([...new Set(diagnostics.map((d) => d.rule))].sort()).toEqual([
      "date-order",
      "front-matter-language",
      "front-matter-not-mapping",
      "invalid-id",
      "label-variant",
      "markdown-limit",
      "quote-elision",
      "quote-too-short",
      "raw-html",
      "symbolic-link",
      "unknown-verdict",
      "unreadable-file",
      "unsafe-url",
      "yaml-syntax",
    ]);
  });

  it("lets no file name or field forge an output line or a GitHub Actions command", () => {
    const { stdout } = run("--format", "github");
    const commands = stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(commands.length).toBeGreaterThan(0);
    for (const line of commands) expect(line).toMatch(/^::(?:error|warning) file=[^:]*,line=\d+/);
    for (const line of stdout.split("\n").filter((text) => /^content\//.test(text))) {
      expect(line).toMatch(/^content\/[^\n]+:\d+:\d+ {2}(?:error|warning) {2}/);
    }
  });
});
