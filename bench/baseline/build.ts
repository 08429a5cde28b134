/**
 * The baseline's whole build, `node bench/baseline/build.ts --out-dir <dir>` with
 * CITABLE_CONTENT set: `astro build` of the plain site, then Pagefind on its output, in one
 * process as Citable's `npm run build` does. Node's compile cache is enabled first, as Astro's
 * own command (`astro build`, which a user of the plain site runs) and Citable's build do.
 */
import { enableCompileCache } from "node:module";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

enableCompileCache?.();
const { build } = await import("astro");
const { indexPlain } = await import("./pagefind.ts");

const { values } = parseArgs({ options: { "out-dir": { type: "string" } } });
const root = fileURLToPath(new URL(".", import.meta.url));
const outDir = resolve(values["out-dir"] ?? resolve(root, "dist"));

await build({ root, outDir });
await indexPlain(outDir);
