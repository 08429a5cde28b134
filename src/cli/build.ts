/**
 * `npm run build [-- --out-dir folder] [--search-index after|inside] [--allow-private-network]`: builds
 * the site with Astro into a fresh folder beside dist/, and swaps it in only
 * when everything succeeded, so that a failed build leaves the previous dist/
 * whole and a deploy step never uploads half a site. A content error prints
 * the check's lines, without a stack trace.
 *
 * The search index is written by Citable's Astro integration
 * (src/integrations/citable.ts). By default (`after`), Astro runs in a process
 * of its own and Pagefind runs here once it has ended, so that Astro's memory
 * is returned before Pagefind indexes: at 10 000 claims, the lower peak. What
 * this hands to Astro's process is read in one module (src/integrations/handoff.ts). The share cards Astro's process has not drawn by its end are
 * drawn here meanwhile (src/cards/deferred.ts). `inside` runs it inside
 * `astro build`, as a plain `astro build` does.
 *
 * dist/ ends readable by all, and the build ends with what it weighs and which
 * common static hosts would refuse it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CARD_FOLDER } from "../cards/card-data.ts";
import { drawDeferred, takeCards } from "../cards/deferred.ts";
import { placeCards, reportProgress } from "../cards/generate.ts";
import { count, seconds } from "../core/numbers.ts";
import { outputReport } from "../core/output/report.ts";
import { surveyOutput } from "../core/output/survey.ts";
import { readHandoff, withHandoff } from "../integrations/handoff.ts";
import { indexSite } from "../integrations/search-index.ts";
import { parseCommand } from "./args.ts";
import { awaitChildren } from "./children.ts";

const usage =
  "Usage: npm run build -- [--out-dir folder] [--search-index after|inside] [--allow-private-network]";
const ASTRO_BUILD = fileURLToPath(new URL("./astro-build.ts", import.meta.url));

async function main(): Promise<number> {
  const parsed = parseCommand(
    {
      "out-dir": { type: "string" },
      "search-index": { type: "string", default: "after" },
      // Partners on this machine's network, to try a network locally (never for a published site).
      "allow-private-network": { type: "boolean" },
    },
    usage,
  );
  if (typeof parsed === "number") return parsed;
  const mode = parsed.values["search-index"];
  if (mode !== "after" && mode !== "inside") {
    console.error(`Unknown --search-index "${mode}": use after or inside.\n${usage}`);
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
  // Beside the staging folder, never in it: nothing handed over is left in the site.
  const deferredCards = `${staging}.cards.json`;
  const after = mode === "after";
  const handoff = {
    ...readHandoff(),
    deferSearch: after,
    ...(after ? { deferredCards } : {}),
    ...(parsed.values["allow-private-network"] ? { allowPrivateNetwork: true } : {}),
  };
  const env = withHandoff(process.env, handoff);
  const astro = spawnSync(process.execPath, [ASTRO_BUILD, staging], { stdio: "inherit", env });
  if (astro.status !== 0) {
    rmSync(deferredCards, { force: true });
    return fail();
  }
  if (after) {
    // The share cards Astro's process left undrawn are drawn on this process's threads meanwhile.
    const deferred = takeCards(deferredCards);
    const started = performance.now();
    const indexing = indexSite(staging);
    const drawing = deferred && drawDeferred(deferred, indexing);
    drawing?.finished.catch(() => undefined);
    // Neither prints anything of its own while it works: say what runs, then how far it is.
    const todo = drawing?.progress().todo ?? 0;
    const meanwhile = todo > 0 ? `; ${count(todo)} share cards are drawn meanwhile` : "";
    console.log(`Search index: Pagefind indexes the pages${meanwhile}.`);
    if (drawing && todo > 0) reportProgress(drawing, console.log);
    try {
      const pages = await indexing;
      const took = seconds(performance.now() - started);
      console.log(`Search index: ${count(pages)} pages indexed by Pagefind (${took}).`);
      if (deferred && drawing) {
        const { drawn, ms } = await drawing.finished;
        placeCards(deferred.cards, deferred.cacheDir, staging);
        if (drawn > 0)
          console.log(`Share cards: the other ${count(drawn)} drawn (${seconds(ms)}).`);
      }
    } catch (error) {
      await drawing?.stop().catch(() => undefined);
      console.error(`\n${(error as Error).message ?? String(error)}`);
      return fail();
    }
  }
  // A temporary folder is its owner's alone; a web server or a copy reads dist/ as anyone.
  const cards = { bytes: 0, files: 0 };
  const survey = surveyOutput(staging, {
    makeReadable: true,
    visit: (path, bytes) => {
      if (!path.startsWith(`${CARD_FOLDER}/`)) return;
      cards.bytes += bytes;
      cards.files++;
    },
  });
  const previous = `${dist}.old`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(staging, dist);
  for (const line of outputReport(survey, undefined, cards)) console.log(line);
  // The previous site goes last: tens of thousands of files take seconds to delete.
  rmSync(previous, { recursive: true, force: true });
  return 0;
}

process.exitCode = await main();
// Pagefind's indexer is killed by its close(), not waited for.
await awaitChildren();
