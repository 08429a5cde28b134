/**
 * The Astro half of `npm run build`, run in its own process (see build.ts):
 * `node src/cli/astro-build.ts <out-dir>`. A content error prints the check's
 * lines, without a stack trace, and exits 1. It exits only once esbuild's
 * service, which Vite started, has ended. Run by `npm run build` with an IPC
 * channel, it sends the pages for the search index as Astro renders them.
 */
import { build } from "astro";
import { stop as stopEsbuild } from "esbuild";
import type { FeedMessage } from "../integrations/search-channel.ts";
import { awaitChildren } from "./children.ts";

const [outDir] = process.argv.slice(2);
if (!outDir) {
  console.error("Usage: node src/cli/astro-build.ts <out-dir>");
  process.exit(2);
}
try {
  await build({ root: process.cwd(), outDir });
} catch (error) {
  const { message, hint } = error as { message?: string; hint?: string };
  console.error(`\n${message ?? String(error)}`);
  if (hint) console.error(`\n${hint}`);
  process.exitCode = 1;
} finally {
  await stopEsbuild();
  await awaitChildren();
  await closeFeed();
}

/** Tells the parent, when it listens for pages (search-feed.ts), that every page has been sent, then lets go of the channel. */
async function closeFeed(): Promise<void> {
  if (!process.send || !process.connected) return;
  const done: FeedMessage = { kind: "done" };
  // The callback runs once the message, and so every page before it, is written.
  await new Promise<void>((resolve) => process.send?.(done, undefined, {}, () => resolve()));
  process.disconnect();
}
