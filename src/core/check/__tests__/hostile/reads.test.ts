import * as fs from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { formatDiagnostic } from "../../../diagnostics/format.ts";
import { loadCorpus } from "../../corpus.ts";
import { replace, variantFolder } from "../variant.ts";
import { removeFolder } from "./folders.ts";

// Every path the core asks the file system about, through any of the calls it
// uses, and the size of everything it reads.
const touched: string[] = [];
const sizes: number[] = [];
vi.mock("node:fs", async (original) => {
  const real = await original<typeof import("node:fs")>();
  const spy =
    <A extends unknown[], R>(call: (...args: A) => R) =>
    (...args: A): R => {
      if (typeof args[0] === "string") touched.push(args[0]);
      return call(...args);
    };
  const readFileSync = ((...args: Parameters<typeof real.readFileSync>) => {
    if (typeof args[0] === "string") touched.push(args[0]);
    const read = real.readFileSync(...args);
    sizes.push(read.length);
    return read;
  }) as typeof real.readFileSync;
  return {
    ...real,
    existsSync: spy(real.existsSync),
    lstatSync: spy(real.lstatSync),
    openSync: spy(real.openSync),
    readdirSync: spy(real.readdirSync),
    readFileSync,
    statSync: spy(real.statSync),
  };
});

/** The paths touched since the last call, relative to `content`. */
function takeTouched(content: string): string[] {
  const paths = touched.map((path) => relative(content, path));
  touched.length = 0;
  sizes.length = 0;
  return paths;
}

const SECRET = "Le mot de passe du serveur est hunter2, noté ici pour mémoire.";

let root = "";
afterEach(() => removeFolder(root));

describe("loadCorpus and ids that point outside sources/", () => {
  it.each([
    "../secret",
    "../../secret",
    "/etc/passwd",
    "secret\0",
    "..%2Fsecret",
    "sources/../../secret",
  ])("refuses the citation source %j without reading any file by it", (id) => {
    root = variantFolder({
      // A file that the id would reach, holding the text that the quote asks for.
      "secret.md": `---\ntitle: Secret\npublisher: Moi\npublished: 2025-01-01\n---\n${SECRET}\n`,
      "claims/exemple.md": replace(
        '    source: journal\n    quote: "La République serait derrière Amine, encore."',
        `    source: ${JSON.stringify(id)}\n    quote: ${JSON.stringify(SECRET)}`,
      ),
    });
    const content = join(root, "content");
    takeTouched(content);
    const { diagnostics } = loadCorpus(content, root);

    // The settings, the three folders (pages/ is absent here), the files listed in them, and whether there is a watch.json: nothing else.
    const read = new Set(takeTouched(content));
    expect([...read].sort()).toEqual([
      "claims",
      "claims/exemple.md",
      "pages",
      "ratings.yaml",
      "site.yaml",
      "sources",
      "sources/journal.md",
      "watch.json",
    ]);
    expect(diagnostics.map((d) => d.rule)).toEqual(["invalid-field"]);
    expect(diagnostics[0]?.reason).toContain(`but it is ${JSON.stringify(id)}`);
    expect(diagnostics.map(formatDiagnostic).join("\n")).not.toContain("hunter2");
  });

  it("refuses a 50 MB file by its size, and reads nothing of it", () => {
    root = variantFolder({ "sources/enorme.md": "" });
    const content = join(root, "content");
    fs.truncateSync(join(content, "sources", "enorme.md"), 50 * 1024 * 1024);
    takeTouched(content);
    const { diagnostics } = loadCorpus(content, root);
    expect(diagnostics.map((d) => d.rule)).toEqual(["unreadable-file"]);
    // The four other files are read, each a few hundred bytes.
    expect(sizes).toHaveLength(4);
    expect(Math.max(...sizes)).toBeLessThan(4096);
  });
});
