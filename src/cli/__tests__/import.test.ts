import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { contentFolder } from "../../capture/__tests__/content-folder.ts";

const IMPORT = fileURLToPath(new URL("../import.ts", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../../capture/__tests__/fixtures/", import.meta.url));

let folder: ReturnType<typeof contentFolder> | undefined;
afterEach(() => folder?.remove());

/** Runs `npm run import` as a contributor would, from the folder that holds `content/`. */
function run(cwd: string, args: string[]) {
  const result = spawnSync(process.execPath, [IMPORT, ...args], { cwd, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run import", () => {
  it("says what it wrote and what is left to fill in, and exits 0 once the file is written", () => {
    folder = contentFolder();
    const cwd = join(folder.dir, "..");
    const content = folder.dir.slice(cwd.length + 1);
    const { status, stdout, stderr } = run(cwd, [
      join(FIXTURES, "communique/copy.txt"),
      "--id",
      "communique",
      "--content",
      content,
    ]);
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const lines = stdout.split("\n");
    expect(lines[0]).toMatch(
      new RegExp(
        `^Wrote ${content}/sources/communique\\.md and its capture ${content}/captures/communique\\.txt \\(0\\.6 KB, SHA-256 [0-9a-f]{12}…\\)\\.$`,
      ),
    );
    expect(lines.slice(1)).toEqual([
      "To do:",
      "- Fill in title, publisher and published: the capture does not give them.",
      "- Read the text against the original and remove what is not the document (the importer keeps what it cannot tell apart).",
      "",
    ]);
  });

  it("shows only the new file's problems, not those of other sources", () => {
    folder = contentFolder();
    writeFileSync(
      join(folder.dir, "sources", "ancienne.md"),
      "---\ntitle: Une source sans éditeur\npublished: 2026-01-01\n---\nLe texte.\n",
    );
    const { status, stdout } = run(folder.dir, [
      join(FIXTURES, "association-nationale/page.html"),
      "--content",
      ".",
    ]);
    expect(status).toBe(0);
    expect(stdout.split("\n").slice(1)).toEqual([
      "To do:",
      "- Read the text against the original and remove what is not the document (the importer keeps what it cannot tell apart).",
      "",
    ]);
  });

  it("says why a file cannot be imported, without a stack trace", () => {
    folder = contentFolder();
    mkdirSync(join(folder.dir, "in"));
    writeFileSync(
      join(folder.dir, "in", "photo.png"),
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
    );
    const { status, stdout, stderr } = run(folder.dir, ["in/photo.png", "--content", "."]);
    expect({ status, stdout, stderr }).toEqual({
      status: 1,
      stdout: "",
      stderr:
        "photo.png is neither a web page, a PDF nor a plain text. Save the page as HTML, or download the PDF.\n",
    });
  });

  it("prints its usage without an input", () => {
    folder = contentFolder();
    expect(run(folder.dir, ["--content", "."])).toEqual({
      status: 2,
      stdout: "",
      stderr:
        "Usage: npm run import -- <saved-page.html|document.pdf|copy.txt|https://address> [--id source-id] [--content dir] [--timeout seconds] [--allow-private-network]\n",
    });
  });
});
