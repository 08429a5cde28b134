/**
 * `npm run watch-sources`: fetches the original of every source that has a
 * `url`, compares it with the archived text, prints what changed and writes
 * `content/watch.json` as each check ends, so a job stopped at its time limit
 * keeps what it did. See docs/watching.md.
 */

import { existsSync, writeFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { userAgent } from "../capture/user-agent.ts";
import { loadCorpus } from "../core/check/corpus.ts";
import { WATCH_FILE } from "../core/content/watch-file.ts";
import { formatDiagnostic, formatGithub } from "../core/diagnostics/format.ts";
import { MAX_CAPTURE_BYTES } from "../core/schema/capture-file.ts";
import { ALLOW_PRIVATE_NETWORK } from "../core/schema/private-address.ts";
import type { WatchedSource } from "../core/schema/watch.ts";
import {
  failures,
  mergeWatch,
  resultDiagnostics,
  resultLines,
  summaryLine,
  watchAll,
  watchMarkdown,
  watchTargets,
  writeWatch,
} from "../watch/index.ts";
import { parseCommand } from "./args.ts";
import { watchOptions } from "./watch-options.ts";

const usage =
  "Usage: npm run watch-sources -- [--only source-id]… [--concurrency N] [--per-host N] [--timeout seconds] [--deadline minutes] [--fail-on gone,changed,moved,unreachable] [--allow-private-network] [--content dir] [--out file] [--summary file.md] [--format text|github]";

async function main(): Promise<number> {
  const parsed = parseCommand(
    {
      only: { type: "string", multiple: true },
      concurrency: { type: "string" },
      "per-host": { type: "string" },
      timeout: { type: "string" },
      deadline: { type: "string" },
      "fail-on": { type: "string" },
      "allow-private-network": { type: "boolean" },
      content: { type: "string" },
      out: { type: "string" },
      summary: { type: "string" },
      format: { type: "string" },
    },
    usage,
  );
  if (typeof parsed === "number") return parsed;
  const options = watchOptions(parsed.values, parsed.positionals);
  if (typeof options === "string") {
    console.error(`${options}\n${usage}`);
    return 2;
  }
  const content = resolve(parsed.values.content ?? "content");
  if (!existsSync(content)) {
    console.error(`There is no content folder at ${content}.\n${usage}`);
    return 2;
  }
  // Told to read the private network: the check then accepts sources whose url is on it.
  if (options.allowPrivateNetwork) process.env[ALLOW_PRIVATE_NETWORK] = "1";
  const corpus = loadCorpus(content);
  const out = parsed.values.out ? resolve(parsed.values.out) : join(content, WATCH_FILE);
  const shown = relative(process.cwd(), out).split(sep).join("/");
  if (existsSync(join(content, WATCH_FILE)) && !corpus.watch) {
    // Rewriting a file it could not read would erase every other source's history.
    for (const diagnostic of corpus.diagnostics.filter((d) => d.file.endsWith(`/${WATCH_FILE}`)))
      console.error(formatDiagnostic(diagnostic));
    console.error(
      `${shown} could not be read, so it was left as it is: fix the problem above, or restore the file from the history, then run npm run watch-sources again.`,
    );
    return 1;
  }
  for (const id of options.only ?? []) {
    if (!corpus.sources.has(id)) {
      console.error(`There is no valid source "${id}" to watch. Run npm run check to see why.`);
      return 1;
    }
  }
  const targets = watchTargets(corpus, content, options.only);
  const watched = new Set(watchTargets(corpus, content).map((target) => target.id));
  const started = performance.now();
  console.log(
    `Checking the originals of ${targets.length} source${targets.length === 1 ? "" : "s"}, ${options.concurrency} at a time, ${options.perHost} per site, until ${new Date(options.deadline).toISOString().slice(11, 16)} UTC…`,
  );
  const entries = new Map<string, WatchedSource>();
  let watch = mergeWatch(corpus.watch, entries, watched);
  let unwritten: string | undefined;
  const run = await watchAll(
    targets,
    {
      ...options,
      maxBytes: MAX_CAPTURE_BYTES,
      userAgent: userAgent(corpus.site),
    },
    (result) => {
      watch = mergeWatch(watch, new Map([[result.id, result.entry]]), watched);
      console.log(
        resultLines({ ...result, entry: watch.sources[result.id] ?? result.entry }).join("\n"),
      );
      try {
        writeWatch(out, watch);
      } catch (thrown) {
        unwritten ??= (thrown as Error).message;
      }
    },
  );
  const results = run.results.map((result) => ({
    ...result,
    entry: watch.sources[result.id] ?? result.entry,
  }));
  if (unwritten) {
    console.error(`${shown} could not be written (${unwritten}).`);
    return 1;
  }
  if (results.length === 0) writeWatch(out, watch);
  if (options.format === "github") {
    for (const diagnostic of resultDiagnostics(results, corpus))
      console.log(formatGithub(diagnostic));
  }
  if (parsed.values.summary)
    writeFileSync(resolve(parsed.values.summary), watchMarkdown(results, run.skipped));
  console.log(`Wrote ${shown}.`);
  if (run.skipped.length > 0)
    console.log(
      `! The deadline passed before ${run.skipped.length} source${run.skipped.length === 1 ? "" : "s"} could be checked (${run.skipped.join(", ")}): they keep their last state.`,
    );
  console.log(summaryLine(results, (performance.now() - started) / 1000));
  const failed = failures(results, options.failOn);
  if (failed.length === 0) return 0;
  console.log(`! --fail-on ${[...options.failOn].join(",")}: ${failed.join(", ")}.`);
  return 1;
}

process.exitCode = await main();
