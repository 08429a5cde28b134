/**
 * `npm run watch-sources [-- --only <source-id>…] [--concurrency N] [--timeout S] [--content dir] [--out file] [--format text|github]`:
 * fetches the original of every source that has a `url`, compares it with the
 * archived text, prints what changed and writes `content/watch.json`.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { userAgent } from "../capture/user-agent.ts";
import { loadCorpus } from "../core/check/corpus.ts";
import { formatGithub } from "../core/check/format.ts";
import { MAX_CAPTURE_BYTES } from "../core/content/capture-hash.ts";
import { WATCH_FILE } from "../core/content/watch-file.ts";
import {
  mergeWatch,
  resultDiagnostics,
  resultLines,
  summaryLine,
  watchAll,
  watchJson,
  watchTargets,
} from "../watch/index.ts";
import { parseCommand } from "./args.ts";

const usage =
  "Usage: npm run watch-sources -- [--only source-id]… [--concurrency N] [--timeout seconds] [--content dir] [--out file] [--format text|github]";

async function main(): Promise<number> {
  const parsed = parseCommand(
    {
      only: { type: "string", multiple: true },
      concurrency: { type: "string" },
      timeout: { type: "string" },
      content: { type: "string" },
      out: { type: "string" },
      format: { type: "string" },
    },
    usage,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const concurrency = Number(values.concurrency ?? 4);
  const seconds = Number(values.timeout ?? 30);
  const format = values.format ?? (process.env.CI === "true" ? "github" : "text");
  const problem =
    positionals.length > 0
      ? `Unexpected ${positionals.join(" ")}: name sources with --only.`
      : !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 16)
        ? "--concurrency takes a whole number from 1 to 16."
        : !(seconds > 0 && seconds <= 600)
          ? "--timeout takes a number of seconds between 1 and 600."
          : format !== "text" && format !== "github"
            ? `Unknown format "${format}": use text or github.`
            : undefined;
  if (problem) {
    console.error(`${problem}\n${usage}`);
    return 2;
  }
  const content = resolve(values.content ?? "content");
  if (!existsSync(content)) {
    console.error(`There is no content folder at ${content}.\n${usage}`);
    return 2;
  }
  const corpus = loadCorpus(content);
  const only = values.only ? new Set(values.only) : undefined;
  for (const id of only ?? []) {
    if (!corpus.sources.has(id)) {
      console.error(`There is no valid source "${id}" to watch. Run npm run check to see why.`);
      return 1;
    }
  }
  const targets = watchTargets(corpus, only);
  const started = performance.now();
  console.log(
    `Checking the originals of ${targets.length} source${targets.length === 1 ? "" : "s"}, ${concurrency} at a time, one per site…`,
  );
  const results = await watchAll(
    targets,
    {
      concurrency,
      timeoutMs: seconds * 1000,
      maxBytes: MAX_CAPTURE_BYTES,
      userAgent: userAgent(corpus.site),
    },
    (result) => console.log(resultLines(result).join("\n")),
  );
  const out = values.out ? resolve(values.out) : join(content, WATCH_FILE);
  const watched = new Set(watchTargets(corpus).map((target) => target.id));
  const entries = Object.fromEntries(results.map((result) => [result.id, result.entry]));
  writeFileSync(out, watchJson(mergeWatch(corpus.watch, entries, watched)));
  if (format === "github") {
    for (const diagnostic of resultDiagnostics(results, corpus))
      console.log(formatGithub(diagnostic));
  }
  console.log(`Wrote ${relative(process.cwd(), out).split(sep).join("/")}.`);
  console.log(summaryLine(results, (performance.now() - started) / 1000));
  return 0;
}

process.exitCode = await main();
