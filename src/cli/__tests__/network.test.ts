/**
 * `npm run network -- refresh` and who already checked it: a partner's export
 * served on 127.0.0.1 (allowed only with --allow-private-network) is fetched
 * into the project's cache, and `npm run new -- claim x --claim "…"` then
 * lists the closest fact-checks of the site and of the partner, closest first.
 */
import { execFile } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPartnerFactChecks } from "../../capture/partner-export.ts";
import { variantFolder } from "../../core/check/__tests__/variant.ts";
import { NETWORK_CACHE } from "../../core/check/network-cache.ts";
import { durainClaim } from "../../core/site/__tests__/claim-fixture.ts";
import type { ExportContext } from "../../core/site/export.ts";
import { exportIndex, partFile, partPath } from "../../core/site/export-parts.ts";

const NETWORK = fileURLToPath(new URL("../network.ts", import.meta.url));
const NEW = fileURLToPath(new URL("../new.ts", import.meta.url));
const run = promisify(execFile);

/** Runs a command as an editor would, from `cwd`; resolves with its exit code and output. */
/** The commands as a contributor runs them on a terminal: without CI=true, which adds GitHub annotations. */
const { CI: _ci, ...terminal } = process.env;

async function command(script: string, cwd: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], {
      cwd,
      env: terminal,
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const PARTNER_CLAIM = "L’extension du tramway sud a coûté trois cents millions d’euros.";

describe("npm run network -- refresh, then npm run new -- claim --claim", () => {
  let server: Server;
  let origin: string;
  let root: string;

  beforeAll(async () => {
    // The partner's export, made by the export's own code, as a partner's build makes it.
    const files = new Map<string, Uint8Array | string>();
    server = createServer((request, response) => {
      const body = files.get(request.url ?? "");
      if (body === undefined) response.writeHead(404).end();
      else response.writeHead(200).end(body);
    });
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const claims = [durainClaim({ id: "tram-sud", claim: PARTNER_CLAIM, published: "2026-01-20" })];
    const context: ExportContext & { partUrl: (n: number) => string } = {
      siteUrl: `${origin}/`,
      pageUrl: (id) => `${origin}/claims/${id}/`,
      sourceUrl: (id) => `${origin}/sources/${id}/`,
      partUrl: (n) => `${origin}/${partPath(n)}`,
      publisher: { name: "Sud Vérif" },
      scale: { best: 4, worst: 1 },
      lang: "fr",
    };
    files.set("/claims.json", JSON.stringify(exportIndex(claims, context)));
    files.set(`/${partPath(1)}`, await partFile(claims, context));
    root = variantFolder({
      "site.yaml": (text) =>
        `${text.trimEnd()}\nnetwork:\n  - name: Sud Vérif\n    url: ${origin}/\n`,
    });
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("refuses a partner on a private network unless told --allow-private-network", async () => {
    const refused = await command(NETWORK, root, ["refresh"]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      `The partner "Sud Vérif" is at ${origin}/, an address on a private network`,
    );
    await expect(
      fetchPartnerFactChecks(
        { name: "Sud Vérif", url: `${origin}/` },
        { userAgent: "test", allowPrivateNetwork: false },
      ),
    ).rejects.toThrow(`${origin}/claims.json is on a private network`);
  });

  it("fetches the partner's fact-checks into the cache, then lists the closest first", async () => {
    const refreshed = await command(NETWORK, root, ["refresh", "--allow-private-network"]);
    expect(refreshed).toMatchObject({
      status: 0,
      stdout: `Sud Vérif: 1 fact-check.\nWrote ${NETWORK_CACHE}.\n`,
    });
    const cache = JSON.parse(readFileSync(join(root, NETWORK_CACHE), "utf8"));
    expect(cache.partners[0].factChecks).toEqual([
      {
        site: "Sud Vérif",
        url: `${origin}/claims/tram-sud/`,
        claim: PARTNER_CLAIM,
        verdict: "Faux",
        published: "2026-01-20",
      },
    ]);

    const created = await command(NEW, root, [
      "claim",
      "test-doublon",
      "--claim",
      "L'extension du tramway Sud a coûté 300 millions d'euros",
    ]);
    expect(created.status).toBe(0);
    const lines = created.stdout.split("\n");
    expect(lines.slice(0, 3)).toEqual([
      "Already checked? The closest fact-checks of this site and of its partners:",
      expect.stringMatching(
        /^ +\d+% {2}Faux: “L’extension du tramway sud a coûté trois cents millions d’euros\.” {2}\(likely duplicate\)$/,
      ),
      `         Sud Vérif, 2026-01-20, ${origin}/claims/tram-sud/`,
    ]);
    expect(readFileSync(join(root, "content/claims/test-doublon.md"), "utf8")).toContain(
      `claim: "L'extension du tramway Sud a coûté 300 millions d'euros"`,
    );
  });

  it("lists this site's own fact-check first for a claim close to it", async () => {
    const created = await command(NEW, root, [
      "claim",
      "test-doublon-2",
      "--claim",
      "Il a dit que la République serait derrière Amine Kessaci",
    ]);
    expect(created.stdout.split("\n").slice(1, 3)).toEqual([
      expect.stringMatching(
        /^ +\d+% {2}Vrai: “Il a dit que la République serait derrière Amine\.” {2}\(likely duplicate\)$/,
      ),
      "         Citable : l’exemple, 2026-01-15, https://example.org/claims/exemple/",
    ]);
  });

  it("notes in the check, never as an error, a claim close to one already checked", async () => {
    writeFileSync(join(root, "content/claims/test-doublon.md"), "");
    const CHECK = fileURLToPath(new URL("../check.ts", import.meta.url));
    const checked = await command(CHECK, root, ["--allow-private-network"]);
    const notes = checked.stdout.split("\n").filter((line) => line.includes("likely-duplicate"));
    expect(notes).toEqual([
      "content/claims/test-doublon-2.md:10:1  note  This claim is close to this site's exemple fact-check “Il a dit que la République serait derrière Amine.” (Vrai, 2026-01-15). If it is the same claim, link to it or update it rather than check it twice.  likely-duplicate",
    ]);
  });
});
