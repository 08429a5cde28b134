/**
 * What the benchmark runs, for Citable and for its plain-Astro baseline: one Node command per
 * step, each building from the same content folder into folders of one working directory.
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Handoff, handoffEnv } from "../src/integrations/handoff.ts";

/** The two sites compared. */
export type Tool = "citable" | "baseline";
/**
 * The measured steps: the content check, `astro build`, Pagefind, and the whole `npm run build`
 * (with share cards drawn from an empty cache), then Citable's whole build without share cards
 * (`shareCards: "off"` in the build's handoff) and with the card cache the previous step filled.
 */
export type Step = "check" | "astro" | "index" | "whole" | "whole-nocards" | "whole-warm";

/** A command to measure: `node <script> <args>` in `cwd` with `env`. */
export interface Command {
  script: string;
  args: string[];
  env: Record<string, string>;
  cwd: string;
}

/** The repository's root: Citable's Astro project. */
export const repository = fileURLToPath(new URL("../", import.meta.url));
/** The baseline's Astro project. */
export const baselineRoot = fileURLToPath(new URL("baseline/", import.meta.url));
/** Astro's command-line entry, run with this Node. */
export const astro = fileURLToPath(new URL("../bin/astro.mjs", import.meta.resolve("astro")));
const script = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The folder a tool's step writes its site to, under the working directory `work`. */
export function outputOf(
  work: string,
  tool: Tool,
  step: "astro" | "whole" | "whole-nocards" | "whole-warm",
): string {
  return join(work, `${tool}-${step}`);
}

/**
 * The command of `step` for `tool`, or undefined when the tool has no such step (the baseline
 * checks nothing; it has no share cards, and its whole build runs again in each whole step).
 * Every build starts cold: Astro's data store, which lets a loader skip unchanged entries, is
 * deleted first (Citable's lives in the repository's node_modules/.astro/; the baseline's in a
 * cache folder of its own under `work`), and so is the card cache (under `work`,
 * handed to the build), except for `whole-warm`.
 */
export function prepare(
  step: Step,
  tool: Tool,
  work: string,
  content: string,
): Command | undefined {
  const cardCache = join(work, "card-cache");
  const handoff: Handoff = { content, cardCache };
  // Astro alone: the search index, which Citable's integration adds, is the next step.
  if (step === "astro") handoff.deferSearch = true;
  if (step === "whole-nocards") handoff.shareCards = "off";
  const env: Record<string, string> =
    tool === "baseline"
      ? { CITABLE_CONTENT: content, CITABLE_BENCH_CACHE: join(work, "baseline-cache") }
      : handoffEnv(handoff);
  const run = (path: string, args: string[]) => ({ script: path, args, env, cwd: repository });
  const out = outputOf(work, tool, step === "check" || step === "index" ? "astro" : step);
  if (step !== "check" && step !== "index") {
    rmSync(out, { recursive: true, force: true });
    coldCache(tool, env, step === "whole-warm" ? undefined : cardCache);
  }
  switch (step) {
    case "check":
      return tool === "citable" ? run(script("../src/cli/check.ts"), [content]) : undefined;
    case "astro":
      return tool === "citable"
        ? run(astro, ["build", "--outDir", out])
        : run(astro, ["build", "--root", baselineRoot, "--outDir", out]);
    case "index":
      // On the output of the `astro` step, which must have run first.
      rmSync(join(out, "pagefind"), { recursive: true, force: true });
      return run(script("index-site.ts"), [tool, out]);
    case "whole":
    case "whole-nocards":
    case "whole-warm":
      // The baseline builds again beside each of Citable's whole builds, one after the other, so
      // that each ratio compares builds of the same minutes: this machine's speed drifts.
      return tool === "citable"
        ? run(script("../src/cli/build.ts"), ["--out-dir", out])
        : run(script("baseline/build.ts"), ["--out-dir", out]);
  }
}

/**
 * Deletes the data store Citable's builds keep in the repository: the benchmark leaves none of
 * its synthetic corpora there for the next `npm run build` to read.
 */
export function forgetCitableStore(): void {
  rmSync(join(repository, "node_modules/.astro/data-store.json"), { force: true });
}

function coldCache(tool: Tool, env: Record<string, string>, cards: string | undefined): void {
  if (tool === "citable") {
    forgetCitableStore();
    if (cards) rmSync(cards, { recursive: true, force: true });
  } else if (env.CITABLE_BENCH_CACHE) {
    rmSync(env.CITABLE_BENCH_CACHE, { recursive: true, force: true });
    mkdirSync(env.CITABLE_BENCH_CACHE, { recursive: true });
  }
}
