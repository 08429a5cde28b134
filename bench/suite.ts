/**
 * One size of the benchmark: generates the corpus, measures each step of Citable and of the
 * baseline (runs interleaved, so that a busy moment of the machine falls on both), then the
 * size of the built sites, a search in each, and the dev loop.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCorpus } from "../test/support/corpus/generate.ts";
import type { ShapeName } from "../test/support/corpus/shape.ts";
import { measureDevLoops } from "./dev-bench.ts";
import type { DevLoop } from "./dev-loop.ts";
import { type Run, runNode } from "./measure.ts";
import { type OutputSize, outputSize } from "./output-size.ts";
import { measureSearch, type SearchCost } from "./search-measure.ts";
import { median } from "./stats.ts";
import { forgetCitableStore, outputOf, prepare, type Step, type Tool } from "./steps.ts";

/** Median wall time, peak memory and CPU time of one step; undefined figures when a run failed. */
export interface Figures {
  wallMs: number | undefined;
  maxRssKb: number | undefined;
  cpuMs: number | undefined;
}

/** Everything measured for one tool at one size. */
export interface ToolResult {
  steps: Partial<Record<Step, Figures>>;
  dist: OutputSize | undefined;
  /** The output of the whole build without share cards (share cards off, through the handoff); Citable only. */
  distWithoutCards: OutputSize | undefined;
  search: SearchCost | undefined;
  dev: DevLoop | undefined;
}

/** Everything measured at one size. */
export interface SizeResult {
  claims: number;
  /** The corpus's shape (test/support/corpus/shape.ts). */
  shape: ShapeName;
  sources: number;
  corpus: { files: number; bytes: number };
  tools: Record<Tool, ToolResult>;
  /** What went wrong, for the reader of the report. */
  failures: string[];
}

/** What to measure. */
export interface SuiteOptions {
  claims: number;
  /** The corpus's shape: the bench's own, or a newsroom's (issue 22). */
  shape: ShapeName;
  sources: number;
  runs: number;
  seed: number;
  /** Whether to measure the dev loop at this size. */
  dev: boolean;
  /** Reports progress (on stderr). */
  log: (line: string) => void;
}

const TOOLS: Tool[] = ["citable", "baseline"];
// whole-warm follows whole, whose last run leaves the card cache full.
const STEPS: Step[] = ["check", "astro", "index", "whole-nocards", "whole", "whole-warm"];

/** Measures one size; the temporary folders are removed at the end. */
export async function benchSize(options: SuiteOptions): Promise<SizeResult> {
  const work = mkdtempSync(join(tmpdir(), "citable-bench-"));
  try {
    const content = join(work, "content");
    const { claims, sources, seed, runs, log, shape } = options;
    const corpus = generateCorpus(content, { claims, sources, seed, shape });
    log(
      `${claims} claims, ${sources} sources (${shape}): ${corpus.files} files, ${mb(corpus.bytes)}`,
    );
    const failures: string[] = [];
    const result = (): ToolResult => ({
      steps: {},
      dist: undefined,
      distWithoutCards: undefined,
      search: undefined,
      dev: undefined,
    });
    const tools = { citable: result(), baseline: result() };

    for (const step of STEPS) {
      const measured: Record<Tool, Run[]> = { citable: [], baseline: [] };
      for (let run = 1; run <= runs; run++) {
        for (const tool of TOOLS) {
          const command = prepare(step, tool, work, content);
          if (!command) continue;
          log(`  ${tool} ${step} ${run}/${runs} (${new Date().toISOString().slice(11, 19)})`);
          const measure = await runNode(command.script, command.args, command);
          if (measure.exitCode !== 0) failures.push(failure(claims, tool, step, measure));
          measured[tool].push(measure);
        }
      }
      for (const tool of TOOLS)
        if (measured[tool].length > 0) tools[tool].steps[step] = figures(measured[tool]);
    }

    for (const tool of TOOLS) {
      const site = outputOf(work, tool, "whole");
      tools[tool].dist = outputSize(site);
      if (tool === "citable" && tools[tool].steps["whole-nocards"])
        tools[tool].distWithoutCards = outputSize(outputOf(work, tool, "whole-nocards"));
      log(`  ${tool} search`);
      tools[tool].search = await attempt(failures, `${tool} search`, () =>
        measureSearch(site, { query: "ministre", second: "enquête", runs }),
      );
    }
    if (options.dev) {
      const loops = await measureDevLoops(content, runs, log, failures);
      for (const tool of TOOLS) tools[tool].dev = loops[tool];
    }
    return { claims, shape, sources, corpus, tools, failures };
  } finally {
    rmSync(work, { recursive: true, force: true });
    forgetCitableStore();
  }
}

function figures(runs: Run[]): Figures {
  const ok = runs.filter((run) => run.exitCode === 0);
  if (ok.length < runs.length) return { wallMs: undefined, maxRssKb: undefined, cpuMs: undefined };
  const memory = ok.flatMap((run) => run.maxRssKb ?? []);
  const cpu = ok.flatMap((run) => run.cpuMs ?? []);
  return {
    wallMs: median(ok.map((run) => run.wallMs)),
    maxRssKb: memory.length > 0 ? median(memory) : undefined,
    cpuMs: cpu.length === ok.length ? median(cpu) : undefined,
  };
}

function failure(claims: number, tool: Tool, step: Step, run: Run): string {
  const tail = `${run.stdout}\n${run.stderr}`.trim().split("\n").slice(-15).join("\n");
  return `${claims} claims, ${tool} ${step}: exit code ${run.exitCode}\n${tail}`;
}

async function attempt<T>(failures: string[], what: string, task: () => Promise<T>) {
  try {
    return await task();
  } catch (error) {
    failures.push(`${what}: ${(error as Error).message}`);
    return undefined;
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
