import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { type LocalServer, localServer } from "../../../test/support/local-server.ts";
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

/** Runs `npm run import` without blocking this process, so that its test server can answer. */
function runAsync(cwd: string, args: string[]) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [IMPORT, ...args],
      { cwd, encoding: "utf8" },
      (error, stdout, stderr) =>
        done({ status: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

describe("npm run import of an address on this machine", () => {
  let server: LocalServer | undefined;
  afterEach(() => server?.close());

  it("is refused, naming the address and the flag", async () => {
    server = await localServer();
    folder = contentFolder();
    const { status, stdout, stderr } = await runAsync(folder.dir, [
      `${server.origin}/article`,
      "--content",
      ".",
    ]);
    expect({ status, stdout, stderr }).toEqual({
      status: 1,
      stdout: "",
      stderr: `${server.origin}/article leads to 127.0.0.1, which is not a public address (loopback, this machine). Citable does not fetch private addresses unless told to: if this is an intranet page, run the command again with --allow-private-network. Nothing was written.\n`,
    });
    expect(server.userAgents).toEqual([]);
  });

  it("imports with --allow-private-network, citing the address without its tracking", async () => {
    server = await localServer();
    folder = contentFolder();
    const asked = `${server.origin}/article?utm_source=newsletter&utm_medium=email&fbclid=abc&page=2`;
    const { status, stderr } = await runAsync(folder.dir, [
      asked,
      "--id",
      "entretien",
      "--content",
      ".",
      "--allow-private-network",
    ]);
    expect({ status, stderr }).toEqual({ status: 0, stderr: "" });
    const source = readFileSync(join(folder.dir, "sources", "entretien.md"), "utf8");
    // On this machine, the address is kept as a comment: the check refuses a private host in url.
    expect(source).toContain(
      `\n# url: "${server.origin}/article?page=2" is on a private network (loopback, this machine), which the check refuses here; write the document's public address if it has one.\n`,
    );
    expect(source).toContain(
      `  # The address the bytes were fetched from.\n  fetched: "${asked}"\n`,
    );
  });
});
