/**
 * The benchmark's report: a Markdown table, ready to paste into the README, and the issue's
 * targets, each with the figure measured.
 */
import { count } from "../src/core/numbers.ts";
import type { OutputSize } from "./output-size.ts";
import type { SearchCost } from "./search-measure.ts";
import type { Figures, SizeResult } from "./suite.ts";

const STEP_NAMES = {
  check: "`npm run check`",
  astro: "`astro build`",
  index: "search index (Pagefind)",
  whole: "whole `npm run build`",
  "whole-nocards": "whole build without share cards",
  "whole-warm": "whole build, share cards cached",
} as const;
const WHOLE_NAME = "whole build, share cards drawn";

/** The table: one row per size and figure, Citable, the baseline and their ratio. */
export function table(results: SizeResult[]): string {
  const rows = [
    "| claims | step | Citable | baseline | Citable / baseline |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const result of results) {
    const { citable, baseline } = result.tools;
    const row = (what: string, ours: string, theirs: string, ratio: string) =>
      rows.push(`| ${count(result.claims)} | ${what} | ${ours} | ${theirs} | ${ratio} |`);
    for (const step of [
      "check",
      "astro",
      "index",
      "whole-nocards",
      "whole",
      "whole-warm",
    ] as const) {
      const a = citable.steps[step];
      const b =
        baseline.steps[step] ?? (step.startsWith("whole") ? baseline.steps.whole : undefined);
      if (!a && !b) continue;
      const ratios = b
        ? `${times(a?.wallMs, b.wallMs)} time, ${times(a?.maxRssKb, b.maxRssKb)} memory`
        : "—";
      const name =
        step === "whole" && citable.steps["whole-nocards"] ? WHOLE_NAME : STEP_NAMES[step];
      row(name, cost(a), b ? cost(b) : "—", ratios);
    }
    const size = (dist: OutputSize | undefined) =>
      dist ? `${(dist.bytes / 1e6).toFixed(1)} MB, ${count(dist.files)} files` : "—";
    row(
      "size of dist/",
      size(citable.dist),
      size(baseline.dist),
      times(citable.dist?.bytes, baseline.dist?.bytes),
    );
    if (citable.distWithoutCards)
      row(
        "size of dist/ without share cards",
        size(citable.distWithoutCards),
        size(baseline.dist),
        times(citable.distWithoutCards.bytes, baseline.dist?.bytes),
      );
    for (const [what, key] of [
      ["largest file", "largest"],
      ["largest listing page", "largestListing"],
    ] as const) {
      row(
        what,
        file(citable.dist?.[key]),
        file(baseline.dist?.[key]),
        times(citable.dist?.[key]?.bytes, baseline.dist?.[key]?.bytes),
      );
    }
    for (const [what, kb, ms] of [
      ["first search query", "firstKb", "firstMs"],
      ["second search query", "secondKb", "secondMs"],
    ] as const) {
      const search = (cost: SearchCost | undefined) =>
        cost ? `${cost[kb].toFixed(0)} KB, ${cost[ms].toFixed(0)} ms` : "—";
      row(
        what,
        search(citable.search),
        search(baseline.search),
        `${times(citable.search?.[kb], baseline.search?.[kb])} bytes`,
      );
      if (kb === "firstKb") {
        const after = (cost: SearchCost | undefined) =>
          cost ? `${cost.afterKb.toFixed(0)} KB` : "—";
        row("loaded after the first results", after(citable.search), after(baseline.search), "—");
      }
    }
    if (citable.dev || baseline.dev) {
      const dev = (key: "readyMs" | "claimMs" | "sourceMs") => {
        const value = (ms: number | undefined) => (ms === undefined ? "> 30 s" : secs(ms));
        const a = citable.dev ? value(citable.dev[key]) : "—";
        const b = baseline.dev ? value(baseline.dev[key]) : "—";
        return [a, b, times(citable.dev?.[key], baseline.dev?.[key])] as const;
      };
      row("dev: server up, first claim page", ...dev("readyMs"));
      row("dev: edited claim shown", ...dev("claimMs"));
      row("dev: edited source shown", ...dev("sourceMs"));
    }
  }
  return rows.join("\n");
}

/** The issue's targets at one size, each with what was measured. */
export function targets(result: SizeResult): string[] {
  const { citable, baseline } = result.tools;
  // The issue's whole build: with the share cards' cache warm.
  const step = citable.steps["whole-warm"] ? "whole-warm" : "whole";
  const whole = citable.steps[step];
  // The baseline's build of the same minutes, when it ran beside this one.
  const plain = baseline.steps[step] ?? baseline.steps.whole;
  const ratio = times(whole?.wallMs, plain?.wallMs);
  const dist = citable.dist;
  const bare = citable.distWithoutCards;
  const lines = [
    `whole build${step === "whole-warm" ? ", share cards cached" : ""}: Citable ${secs(whole?.wallMs)} vs baseline (astro build + pagefind) ${secs(plain?.wallMs)}: ratio ${ratio} (target ≤ 0.8)`,
    `whole build peak memory: Citable ${mib(whole?.maxRssKb)} vs baseline ${mib(plain?.maxRssKb)}: ratio ${times(whole?.maxRssKb, plain?.maxRssKb)} (target ≤ 0.6)`,
    `dist/: ${dist ? `${(dist.bytes / 1e6).toFixed(1)} MB` : "—"}, ${times(dist?.bytes, baseline.dist?.bytes)} the baseline's (target < 600 MB and ≤ 1.5× at 30 000 claims); ${dist ? count(dist.files) : "—"} files (target < 100 000)`,
    ...(bare
      ? [
          `dist/ without share cards: ${(bare.bytes / 1e6).toFixed(1)} MB, ${times(bare.bytes, baseline.dist?.bytes)} the baseline's; ${count(bare.files)} files`,
        ]
      : []),
    `largest file: ${file(dist?.largest)} (target ≤ 10 MB); largest listing page: ${file(dist?.largestListing)} (target ≤ 200 KB)`,
    ...cardTargets(result),
    `npm run check: ${secs(citable.steps.check?.wallMs)} (target < 3 s)`,
    `first query: ${kbOf(citable.search?.firstKb)} (target ≤ 250 KB); second query: ${kbOf(citable.search?.secondKb)} (target ≤ 40 KB)`,
  ];
  if (citable.dev) {
    const shown = (ms: number | undefined) => (ms === undefined ? "not within 30 s" : secs(ms));
    lines.push(
      `dev loop: edited claim shown in ${shown(citable.dev.claimMs)}, edited source in ${shown(citable.dev.sourceMs)} (target < 1 s)`,
    );
  }
  return lines.map((line) => `${count(result.claims)} claims: ${line}`);
}

/** What the share cards add to the whole build, cold and with their cache warm. */
function cardTargets({ tools: { citable } }: SizeResult): string[] {
  const plain = citable.steps["whole-nocards"]?.wallMs;
  if (plain === undefined) return [];
  const added = (ms: number | undefined) =>
    ms === undefined ? "—" : `${secs(ms - plain)} (${(((ms - plain) / plain) * 100).toFixed(0)} %)`;
  const { whole, "whole-warm": warm } = citable.steps;
  return [
    `share cards add ${added(whole?.wallMs)} to a cold whole build of ${secs(plain)} (target ≤ 25 %), ${added(warm?.wallMs)} with their cache warm (target: nearly nothing)`,
    `whole build with share cards, peak memory: cold ${mib(whole?.maxRssKb)}, warm ${mib(warm?.maxRssKb)} (target < 2 GB)`,
  ];
}

function file(entry: { path: string; bytes: number } | undefined): string {
  if (!entry) return "—";
  const size =
    entry.bytes >= 1e6
      ? `${(entry.bytes / 1e6).toFixed(1)} MB`
      : `${(entry.bytes / 1e3).toFixed(0)} KB`;
  return `${entry.path} (${size})`;
}

function cost(figures: Figures | undefined): string {
  if (!figures || figures.wallMs === undefined) return "failed";
  return `${secs(figures.wallMs)}, ${mib(figures.maxRssKb)}${cpu(figures)}`;
}

/** The CPU time beside the wall time, and how many cores it kept busy on average. */
function cpu({ wallMs, cpuMs }: Figures): string {
  if (wallMs === undefined || cpuMs === undefined || wallMs === 0) return "";
  return `, CPU ${secs(cpuMs)} (${(cpuMs / wallMs).toFixed(1)} cores)`;
}

function times(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || b === 0 ? "—" : `${(a / b).toFixed(2)}×`;
}

function secs(ms: number | undefined): string {
  if (ms === undefined) return "—";
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

function mib(kb: number | undefined): string {
  return kb === undefined ? "—" : `${count(Math.round(kb / 1024))} MiB`;
}

function kbOf(kb: number | undefined): string {
  return kb === undefined ? "—" : `${kb.toFixed(0)} KB`;
}
