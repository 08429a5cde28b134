/**
 * The baseline's whole build, `node bench/baseline/build.ts --out-dir <dir>` with
 * CITABLE_CONTENT set: `astro build` of the plain site, then Pagefind on its output, in one
 * process as Citable's `npm run build` does.
 */
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { build } from "astro";
import { indexPlain } from "./pagefind.ts";

const { values } = parseArgs({ options: { "out-dir": { type: "string" } } });
const root = fileURLToPath(new URL(".", import.meta.url));
const outDir = resolve(values["out-dir"] ?? resolve(root, "dist"));

await build({ root, outDir });
await indexPlain(outDir);
