/**
 * `npm run build [-- --out-dir folder] [--search-index stream|after|inside]`: builds
 * the site with Astro into a fresh folder beside dist/, and swaps it in only
 * when everything succeeded, so that a failed build leaves the previous dist/
 * whole and a deploy step never uploads half a site. A content error prints
 * the check's lines, without a stack trace.
 *
 * `_headers` and the search index are written by Citable's Astro integration
 * (src/integrations/citable.ts). Astro runs in a process of its own. By
 * default (`stream`), it sends each page here as it renders it: Pagefind
 * parses it on the second core meanwhile, and writes its index (its peak of
 * memory) once Astro has ended and returned its memory, so that the two peaks
 * never add up. `after` lets Pagefind read the pages from the folder once
 * Astro has ended; `inside` indexes inside `astro build`, as a plain `astro
 * build` does (the two peaks add up).
 *
 * dist/ ends readable by all, and the build ends with what it weighs and which
 * common static hosts would refuse it.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CARD_FOLDER } from "../cards/card-data.ts";
import { makeReadable } from "../core/output/permissions.ts";
import { outputReport } from "../core/output/report.ts";
import { surveyOutput } from "../core/output/survey.ts";
import { DEFER_SEARCH, finishSite } from "../integrations/citable.ts";
import { parseCommand } from "./args.ts";
import { runAstro } from "./astro-process.ts";
import { awaitChildren } from "./children.ts";

const usage = "Usage: npm run build -- [--out-dir folder] [--search-index stream|after|inside]";
const MODES = ["stream", "after", "inside"] as const;

async function main(): Promise<number> {
  const parsed = parseCommand(
    { "out-dir": { type: "string" }, "search-index": { type: "string", default: "stream" } },
    usage,
  );
  if (typeof parsed === "number") return parsed;
  const mode = parsed.values["search-index"];
  if (!MODES.includes(mode as (typeof MODES)[number])) {
    console.error(`Unknown --search-index "${mode}": use ${MODES.join(", ")}.\n${usage}`);
    return 2;
  }
  const dist = resolve(process.cwd(), parsed.values["out-dir"] ?? "dist");
  // Staged beside the target, so that the final rename stays on one file system.
  const staging = mkdtempSync(resolve(dirname(dist), ".dist-"));
  const fail = () => {
    rmSync(staging, { recursive: true, force: true });
    console.error("\nThe build failed; dist/ was left as it was.");
    return 1;
  };
  const env = { ...process.env, [DEFER_SEARCH]: mode === "inside" ? "0" : "1" };
  try {
    const astro = await runAstro(staging, env, mode === "stream");
    if (!astro.ok) return fail();
    if (mode !== "inside") {
      const pages = await finishSite(staging, astro.index);
      console.log(`Search index: ${pages} pages indexed by Pagefind.`);
    }
  } catch (error) {
    console.error(`\n${(error as Error).message ?? String(error)}`);
    return fail();
  }
  // A temporary folder is its owner's alone; a web server or a copy reads dist/ as anyone.
  makeReadable(staging);
  const previous = `${dist}.old`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(staging, dist);
  rmSync(previous, { recursive: true, force: true });
  const cards = { bytes: 0, files: 0 };
  const survey = surveyOutput(dist, (path, bytes) => {
    if (!path.startsWith(`${CARD_FOLDER}/`)) return;
    cards.bytes += bytes;
    cards.files++;
  });
  for (const line of outputReport(survey, undefined, cards)) console.log(line);
  return 0;
}

process.exitCode = await main();
// Pagefind's indexer is killed by its close(), not waited for.
await awaitChildren();
