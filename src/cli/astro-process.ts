/**
 * `astro build` in a process of its own (astro-build.ts), for `npm run build`:
 * its memory is returned when it ends. With `feed`, the pages it renders come
 * back over an IPC channel (src/integrations/search-feed.ts) and go into a
 * Pagefind index at once, so that Pagefind parses them on the second core
 * while Astro renders; the index is written after Astro has ended.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type FeedMessage, SEARCH_FEED } from "../integrations/search-channel.ts";
import { SearchIndex } from "../integrations/search-index.ts";

const ASTRO_BUILD = fileURLToPath(new URL("./astro-build.ts", import.meta.url));

/** How `astro build` ended, and the index of the pages it sent, if it sent any. */
export interface AstroRun {
  ok: boolean;
  /** The pages Astro rendered, indexed but not yet written; undefined without `feed` or when no page came. */
  index: SearchIndex | undefined;
}

/** Runs `astro build` into `outDir`; with `feed`, indexes its pages as they come. */
export async function runAstro(
  outDir: string,
  env: NodeJS.ProcessEnv,
  feed: boolean,
): Promise<AstroRun> {
  const child = spawn(process.execPath, [ASTRO_BUILD, outDir], {
    stdio: feed ? ["inherit", "inherit", "inherit", "ipc"] : "inherit",
    env: feed ? { ...env, [SEARCH_FEED]: "1" } : env,
  });
  let index: Promise<SearchIndex> | undefined;
  let added = Promise.resolve();
  let failure: Error | undefined;
  const keep = (error: Error) => {
    failure ??= error;
  };
  child.on("message", (message: FeedMessage) => {
    if (message.kind === "done") return;
    if (message.kind === "site") index ??= SearchIndex.open(message.pages);
    else {
      index ??= SearchIndex.open(0);
      const page = index.then((search) => search.addPage(message.sourcePath, message.html));
      // Pagefind queues the pages itself; only the first failure is kept.
      added = Promise.all([added, page.catch(keep)]).then();
    }
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  const opened = await index?.catch(keep);
  await added;
  if (code === 0 && !failure) return { ok: true, index: opened ?? undefined };
  await opened?.close();
  if (failure) throw failure;
  return { ok: false, index: undefined };
}
