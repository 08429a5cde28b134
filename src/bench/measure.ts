import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** One run of the content check, as the benchmark saw it. */
export interface CheckRun {
  /** The process's exit code, or `null` when a signal ended it. */
  exitCode: number | null;
  /** From spawning the process to its end, Node's start-up included, in milliseconds. */
  wallMs: number;
  /** The process's peak resident set size in kilobytes, when it could report it. */
  maxRssKb: number | undefined;
  stdout: string;
  stderr: string;
}

const probe = new URL("rss-probe.ts", import.meta.url).href;

/**
 * Runs `node <checkScript> <contentDir>` in a child process with the Node that runs this one,
 * and measures it.
 *
 * Peak memory comes from the child itself: `rss-probe.ts` is preloaded with `--import` and
 * writes `process.resourceUsage().maxRSS` when the process exits. Unlike wrapping the child in
 * `/usr/bin/time -f %M`, this needs no GNU time (absent on macOS and Windows, different in
 * BusyBox), measures the check's process rather than a wrapper, and leaves the check's argv and
 * main-module detection untouched. It counts the process and its threads, not processes the
 * check might spawn; a process killed by a signal reports nothing (`maxRssKb` is then undefined).
 */
export function runCheck(checkScript: string, contentDir: string): Promise<CheckRun> {
  const rssFile = join(tmpdir(), `citable-bench-rss-${process.pid}-${Date.now()}`);
  const env = { ...process.env, CITABLE_BENCH_RSS_FILE: rssFile };
  const args = ["--import", probe, checkScript, contentDir];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (exitCode) => {
      const wallMs = performance.now() - started;
      const maxRssKb = existsSync(rssFile) ? Number(readFileSync(rssFile, "utf8")) : undefined;
      rmSync(rssFile, { force: true });
      resolve({
        exitCode,
        wallMs,
        maxRssKb,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
      });
    });
  });
}
