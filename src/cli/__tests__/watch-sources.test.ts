import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { type LocalServer, localServer } from "../../../test/support/local-server.ts";

const WATCH = fileURLToPath(new URL("../watch-sources.ts", import.meta.url));
const FIXTURE = fileURLToPath(new URL("../../watch/__tests__/fixtures/content/", import.meta.url));

let server: LocalServer | undefined;
let root: string | undefined;
afterEach(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Runs the command from `cwd` without blocking this process, which serves the pages. */
function run(
  cwd: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const { CI: _ci, ...env } = process.env;
    execFile(process.execPath, [WATCH, ...args], { cwd, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe("npm run watch-sources", () => {
  it("prints each source's state, GitHub annotations, a summary, and writes watch.json", async () => {
    server = await localServer();
    root = mkdtempSync(join(tmpdir(), "citable-watch-cli-"));
    cpSync(FIXTURE, join(root, "content"), { recursive: true });
    const source = join(root, "content/sources/entretien.md");
    const url = `${server.origin}/absent`;
    writeFileSync(source, readFileSync(source, "utf8").replace(/^url: .*$/m, `url: "${url}"`));
    const { code, stdout, stderr } = await run(root, ["--format", "github", "--timeout", "5"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout
      .replace(/\(HTTP 404, \d+\.\d s\)/, "(HTTP 404, T s)")
      .replace(/in \d+\.\d s/, "in T s")
      .split("\n");
    expect(lines).toEqual([
      "Checking the originals of 1 source, 4 at a time, one per site…",
      "✖ gone                   entretien  (HTTP 404, T s)",
      "::warning file=content/sources/entretien.md,line=14,endLine=14,col=1,endColumn=37,title=Citable%3A original-changed::The original is gone (HTTP 404). The archived copy stays the reference.",
      "Wrote content/watch.json.",
      "! 1 source checked in T s: 1 gone.",
      "",
    ]);
    const written = JSON.parse(readFileSync(join(root, "content/watch.json"), "utf8"));
    expect(written.sources.entretien).toMatchObject({ url, state: "gone", status: 404 });
    expect(server.userAgents).toEqual([
      "Citable (+https://example.org; archiving the sources of Citable : l'exemple)",
    ]);
  }, 60_000);

  it("refuses a source it does not know", async () => {
    root = mkdtempSync(join(tmpdir(), "citable-watch-cli-"));
    cpSync(FIXTURE, join(root, "content"), { recursive: true });
    expect(await run(root, ["--only", "inconnue"])).toEqual({
      code: 1,
      stdout: "",
      stderr: 'There is no valid source "inconnue" to watch. Run npm run check to see why.\n',
    });
  });
});
