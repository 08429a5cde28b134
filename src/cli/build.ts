/**
 * `npm run build [-- --out-dir folder]`: builds the site with Astro into a
 * fresh folder beside dist/, indexes it for search with Pagefind, and swaps it
 * in only when both succeeded, so that a failed build leaves the previous dist/
 * whole and a deploy step never uploads half a site. A content error prints the
 * check's lines, without a stack trace. Astro runs in a process of its own, so
 * that its memory is returned before Pagefind's indexer starts.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { headersFile } from "../integrations/csp.ts";
import { deployment } from "../integrations/deployment.ts";
import { indexSite } from "../integrations/search-index.ts";

const root = process.cwd();
const { values } = parseArgs({ options: { "out-dir": { type: "string" } } });
const dist = resolve(root, values["out-dir"] ?? "dist");
const ASTRO_BUILD = fileURLToPath(new URL("./astro-build.ts", import.meta.url));

async function main(): Promise<number> {
  // Staged beside the target, so that the final rename stays on one file system.
  const staging = mkdtempSync(resolve(dirname(dist), ".dist-"));
  const fail = () => {
    rmSync(staging, { recursive: true, force: true });
    console.error("\nThe build failed; dist/ was left as it was.");
    return 1;
  };
  const astro = spawnSync(process.execPath, [ASTRO_BUILD, staging], {
    cwd: root,
    stdio: "inherit",
  });
  if (astro.status !== 0) return fail();
  try {
    writeFileSync(resolve(staging, "_headers"), headersFile(deployment().base));
    const pages = await indexSite(staging);
    console.log(`Search index: ${pages} pages indexed by Pagefind.`);
  } catch (error) {
    console.error(`\n${(error as Error).message ?? String(error)}`);
    return fail();
  }
  const previous = `${dist}.old`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(staging, dist);
  rmSync(previous, { recursive: true, force: true });
  return 0;
}

process.exitCode = await main();
