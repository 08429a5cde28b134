import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { canSampleTrees, sampleTree } from "./process-tree.ts";

/** One measured run of a Node script, as the benchmark saw it. */
export interface Run {
  /** The process's exit code, or `null` when a signal ended it. */
  exitCode: number | null;
  /** From spawning the process to its end, Node's start-up included, in milliseconds. */
  wallMs: number;
  /** The peak resident memory of the process and its children in kilobytes, when known. */
  maxRssKb: number | undefined;
  /**
   * The CPU time of the process (all its threads) and of its child processes, user and system,
   * in milliseconds, when known: more than the wall time when a second core worked.
   */
  cpuMs: number | undefined;
  stdout: string;
  stderr: string;
}

/** One run of the content check. */
export type CheckRun = Run;

/** Where and how to run a measured script. */
export interface RunOptions {
  /** Variables added to this process's environment. */
  env?: Record<string, string>;
  /** The working directory; this process's by default. */
  cwd?: string;
}

const probe = new URL("rss-probe.ts", import.meta.url).href;
const SAMPLE_EVERY_MS = 100;

/**
 * Runs `node <script> <args>` in a child process with the Node that runs this one, and measures
 * its wall time and peak memory.
 *
 * Peak memory has two sources, and the larger wins. `rss-probe.ts`, preloaded with `--import`,
 * writes the Node process's own exact peak (`process.resourceUsage().maxRSS`) when it exits;
 * this needs no GNU time and leaves the script's argv and main-module detection untouched. But
 * it cannot see child processes (Pagefind's Node API runs the pagefind binary in one), and
 * `/usr/bin/time -f %M` would not add them up either: it reports the largest single process. So,
 * on Linux, the process tree is also sampled from /proc every 100 ms, and the peak of the summed
 * resident sizes is kept; a peak shorter than 100 ms in a child can be missed, none in the Node
 * process itself. A process killed by a signal reports only the sampled figure.
 *
 * CPU time is the probe's exact figure for the Node process (its worker threads included) plus,
 * for each child process, the last CPU time the sampling saw: a child's last 100 ms, or a child
 * that lived less than that, can be missed.
 */
export function runNode(script: string, args: string[], options: RunOptions = {}): Promise<Run> {
  const rssFile = join(tmpdir(), `citable-bench-rss-${process.pid}-${Date.now()}`);
  const env = { ...process.env, ...options.env, CITABLE_BENCH_RSS_FILE: rssFile };
  const argv = ["--import", probe, script, ...args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, argv, {
      env,
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let sampledKb = 0;
    const childCpu = new Map<number, number>();
    const sample = () => {
      if (!child.pid) return;
      const { rssKb, hwmKb, childCpuMs } = sampleTree(child.pid);
      sampledKb = Math.max(sampledKb, rssKb, hwmKb);
      for (const [pid, ms] of childCpuMs) childCpu.set(pid, Math.max(ms, childCpu.get(pid) ?? 0));
    };
    const timer = canSampleTrees ? setInterval(sample, SAMPLE_EVERY_MS) : undefined;
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (exitCode) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      const [probedKb = 0, ownCpuMs] = existsSync(rssFile)
        ? readFileSync(rssFile, "utf8").split(" ").map(Number)
        : [];
      rmSync(rssFile, { force: true });
      const peak = Math.max(probedKb, sampledKb);
      const children = [...childCpu.values()].reduce((sum, ms) => sum + ms, 0);
      resolve({
        exitCode,
        wallMs,
        maxRssKb: peak > 0 ? peak : undefined,
        cpuMs: ownCpuMs === undefined ? undefined : ownCpuMs + children,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
      });
    });
  });
}

/** Runs `node <checkScript> <contentDir>` and measures it (see `runNode`). */
export function runCheck(checkScript: string, contentDir: string): Promise<CheckRun> {
  return runNode(checkScript, [contentDir]);
}
