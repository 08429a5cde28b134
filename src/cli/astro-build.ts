/**
 * The Astro half of `npm run build`, run in its own process (see build.ts):
 * `node src/cli/astro-build.ts <out-dir>`. A content error prints the check's
 * lines, without a stack trace, and exits 1. It exits only once esbuild's
 * service, which Vite started, has ended.
 */
import { enableCompileCache } from "node:module";
import { awaitChildren } from "./children.ts";

// Astro, Vite and Rolldown are thousands of modules: compiled once, then read from Node's
// compile cache on every build. Imported after it is enabled.
enableCompileCache?.();
const { build } = await import("astro");
const { stop: stopEsbuild } = await import("esbuild");

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
}
