/**
 * The dev loop of both tools on one corpus (see dev-loop.ts). It runs on a copy of the corpus
 * inside the repository (tmp/, ignored by Git), where a site's content folder usually is: inside
 * the project's root, which Vite watches (Citable tells Vite to leave its content folder alone and
 * watches it itself; the baseline's glob loader adds its folder to Vite's watcher).
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { handoffEnv } from "../src/integrations/handoff.ts";
import { type DevLoop, measureDevLoop } from "./dev-loop.ts";
import { astro, baselineRoot, repository, type Tool } from "./steps.ts";

const ARGS: Record<Tool, string[]> = { citable: [], baseline: ["--root", baselineRoot] };
// In `astro dev`, the content layer keeps its data store here; each start is made cold.
const STORES: Record<Tool, string> = {
  citable: join(repository, ".astro/data-store.json"),
  baseline: join(baselineRoot, ".astro/data-store.json"),
};

/** Which tools to measure (both by default), and what to add to their servers' environment. */
export interface DevOptions {
  tools?: readonly Tool[];
  env?: Record<string, string>;
}

/** Measures the dev loop of each tool with `edits` edits; a failure is recorded, not thrown. */
export async function measureDevLoops(
  generated: string,
  edits: number,
  log: (line: string) => void,
  failures: string[],
  { tools = ["citable", "baseline"], env = {} }: DevOptions = {},
): Promise<Record<Tool, DevLoop | undefined>> {
  const scratch = join(repository, "tmp");
  mkdirSync(scratch, { recursive: true });
  const copy = mkdtempSync(join(scratch, "bench-dev-"));
  const loops: Record<Tool, DevLoop | undefined> = { citable: undefined, baseline: undefined };
  try {
    const content = join(copy, "content");
    cpSync(generated, content, { recursive: true });
    const claimId = (readdirSync(join(content, "claims")).sort()[0] ?? "").replace(/\.md$/, "");
    for (const tool of tools) {
      log(`  ${tool} dev loop`);
      const server = {
        astro,
        args: ARGS[tool],
        cwd: repository,
        env: { CITABLE_CONTENT: content, ...handoffEnv({ content }), ...env },
      };
      rmSync(STORES[tool], { force: true });
      try {
        const loop = await measureDevLoop(server, content, claimId, {
          edits,
          startTimeoutMs: 600_000,
        });
        if (loop.missed)
          failures.push(`${tool} dev: an edit never showed. astro dev:\n${loop.missed}`);
        loops[tool] = loop;
      } catch (error) {
        failures.push(`${tool} dev: ${(error as Error).message}`);
      } finally {
        // A store of thousands of synthetic claims would slow the next `npm run dev` down.
        rmSync(STORES[tool], { force: true });
      }
    }
  } finally {
    rmSync(copy, { recursive: true, force: true });
    if (readdirSync(scratch).length === 0) rmdirSync(scratch);
  }
  return loops;
}
