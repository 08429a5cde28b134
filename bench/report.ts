/**
 * The benchmark's report: Markdown tables, ready to paste into docs/performance.md, of the
 * steps' times and memory, the output's size, and the output's files by kind (targets.ts has
 * the issue's targets).
 */
import { loadavg } from "node:os";
import { count } from "../src/core/numbers.ts";
import { FILE_KINDS, type FileKind, type OutputSize } from "./output-size.ts";
import type { SearchCost } from "./search-measure.ts";
import type { Figures, SizeResult } from "./suite.ts";
import { file, mb, mib, secs } from "./targets.ts";

const STEP_NAMES = {
  check: "`npm run check`",
  astro: "`astro build`",
  index: "search index (Pagefind)",
  whole: "whole `npm run build`",
  "whole-nocards": "whole build without share cards",
  "whole-warm": "whole build, share cards cached",
} as const;
const WHOLE_NAME = "whole build, share cards drawn";

/** The machine's load average over 1, 5 and 15 minutes, as the reports print it: `0.84, 2.26, 3.23`. */
export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");
}

/**
 * Where the bytes and the files of each built site are: one row per kind of file (claim
 * pages, share cards, source pages, listings, Pagefind's fragments and index, the exports),
 * with Citable's files, bytes and mean size beside the baseline's.
 */
export function kindsTable(results: SizeResult[]): string {
  const rows = [
    "| claims | files | Citable | mean | baseline | mean |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const result of results) {
    const { citable, baseline } = result.tools;
    const cell = (dist: OutputSize | undefined, kind: FileKind) => {
      const size = dist?.kinds[kind];
      if (!size) return ["—", "—"];
      return [
        `${count(size.files)} files, ${mb(size.bytes)}`,
        `${(size.bytes / size.files / 1000).toFixed(1)} KB`,
      ];
    };
    for (const kind of Object.keys(FILE_KINDS) as FileKind[]) {
      if (!citable.dist?.kinds[kind] && !baseline.dist?.kinds[kind]) continue;
      const cells = [...cell(citable.dist, kind), ...cell(baseline.dist, kind)];
      rows.push(
        `| ${count(result.claims)} ${result.shape} | ${FILE_KINDS[kind]} | ${cells.join(" | ")} |`,
      );
    }
  }
  return rows.join("\n");
}

/** The table: one row per size and figure, Citable, the baseline and their ratio. */
export function table(results: SizeResult[]): string {
  const rows = [
    "| claims | step | Citable | baseline | Citable / baseline |",
    "| --- | --- | --- | --- | --- |",
  ];
  for (const result of results) {
    const { citable, baseline } = result.tools;
    const row = (what: string, ours: string, theirs: string, ratio: string) =>
      rows.push(
        `| ${count(result.claims)} ${result.shape} | ${what} | ${ours} | ${theirs} | ${ratio} |`,
      );
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
