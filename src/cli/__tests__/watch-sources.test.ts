import { execFile } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { type LocalServer, localServer } from "../../../test/support/local-server.ts";
import { checkContent } from "../../core/check/check-parallel.ts";

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
    const { code, stdout, stderr } = await run(root, [
      "--format",
      "github",
      "--timeout",
      "5",
      "--allow-private-network",
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const lines = stdout
      .replace(/\(HTTP 404, \d+\.\d s\)/, "(HTTP 404, T s)")
      .replace(/in \d+\.\d s/, "in T s")
      .replace(/until \d\d:\d\d UTC/, "until HH:MM UTC")
      .split("\n");
    expect(lines).toEqual([
      "Checking the originals of 1 source, 4 at a time, 2 per site, until HH:MM UTC…",
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

  it("keeps a passage gone through an outage, fails on it with --fail-on gone, and writes only files the check reads", async () => {
    const article = readFileSync(
      new URL("../../capture/__tests__/fixtures/association-nationale/page.html", import.meta.url),
      "utf8",
    );
    let answer: "corrected" | "down" = "corrected";
    server = await localServer({
      "/page": (response) => {
        if (answer === "down") {
          response.writeHead(503);
          response.end();
          return;
        }
        response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        response.end(article.replace("dans une prochaine campagne", "le moment venu"));
      },
    });
    root = mkdtempSync(join(tmpdir(), "citable-watch-cli-"));
    cpSync(FIXTURE, join(root, "content"), { recursive: true });
    const source = join(root, "content/sources/entretien.md");
    const url = `${server.origin}/page`;
    writeFileSync(source, readFileSync(source, "utf8").replace(/^url: .*$/m, `url: "${url}"`));
    const args = ["--fail-on", "gone", "--allow-private-network", "--summary", "pr.md"];
    const watchProblems = async () =>
      (await checkContent(join(root as string, "content"), root)).diagnostics.filter(
        (diagnostic) => diagnostic.file === "content/watch.json",
      );

    const first = await run(root, args);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain("! --fail-on gone: entretien (changed-quotes-gone).\n");
    expect(first.stdout).toContain(
      "    changed (near kessaci-pret/pret):\n      - …je serai prêt à le faire [dans une prochaine campagne.] » Il reste pour l’heure engagé…\n      + …je serai prêt à le faire [le moment venu.] » Il reste pour l’heure engagé…\n",
    );
    expect(readFileSync(join(root, "pr.md"), "utf8")).toContain(
      "```diff\n- je serai prêt à le faire dans une prochaine campagne. » Il reste pour l’heure engagé\n+ je serai prêt à le faire le moment venu. » Il reste pour l’heure engagé\n```",
    );
    expect(await watchProblems()).toEqual([]);
    const found = JSON.parse(readFileSync(join(root, "content/watch.json"), "utf8")).sources
      .entretien;

    answer = "down";
    const second = await run(root, args);
    expect(second.code).toBe(1);
    expect(second.stdout).toContain(
      `! --fail-on gone: entretien (unreachable, last seen changed-quotes-gone).\n`,
    );
    const kept = JSON.parse(readFileSync(join(root, "content/watch.json"), "utf8")).sources
      .entretien;
    expect(kept).toEqual({
      url,
      checked: kept.checked,
      state: "unreachable",
      status: 503,
      reason: `${url} answered with HTTP status 503.`,
      since: kept.checked,
      firstChecked: found.checked,
      lastRead: found.checked,
      seen: "changed-quotes-gone",
      gone: found.gone,
      changes: found.changes,
    });
    expect(second.stdout).toContain(
      `    unreachable since ${kept.checked}; last seen: changed-quotes-gone (${found.checked})\n`,
    );
    expect(await watchProblems()).toEqual([]);
  }, 60_000);

  it("leaves a watch.json it cannot read as it is, and says why on its line", async () => {
    root = mkdtempSync(join(tmpdir(), "citable-watch-cli-"));
    cpSync(FIXTURE, join(root, "content"), { recursive: true });
    const file = join(root, "content/watch.json");
    // A hand merge wrote the source twice.
    const twice = readFileSync(file, "utf8").replace(
      '  "sources": {\n',
      '  "sources": {\n    "entretien": { "url": "https://example.org/", "checked": "2026-11-21T06:00:00Z", "state": "unchanged" },\n',
    );
    writeFileSync(file, twice);
    const { code, stdout, stderr } = await run(root, ["--only", "entretien"]);
    expect({ code, stdout }).toEqual({ code: 1, stdout: "" });
    expect(stderr.split("\n")).toEqual([
      'content/watch.json:4:5  error  The field "entretien" is written a second time here. Keep one of the two. The file is written by npm run watch-sources: run it again, or restore the file from the history.  watch-file',
      "content/watch.json could not be read, so it was left as it is: fix the problem above, or restore the file from the history, then run npm run watch-sources again.",
      "",
    ]);
    expect(readFileSync(file, "utf8")).toBe(twice);
  });

  it("refuses a --fail-on it does not know", async () => {
    root = mkdtempSync(join(tmpdir(), "citable-watch-cli-"));
    const { code, stderr } = await run(root, ["--fail-on", "gone,vanished"]);
    expect(code).toBe(2);
    expect(stderr.split("\n")[0]).toBe(
      "--fail-on does not know vanished: use gone, changed, moved, unreachable, separated by commas.",
    );
  });
});
