/**
 * The contributor's loop in `astro dev`: start the dev server on a corpus, open a claim page,
 * edit the claim's summary (then its source's text) in the content folder, and time until the
 * page served shows the change, polling every 50 ms.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { median } from "./stats.ts";

/** The dev loop's figures, in milliseconds; undefined when the change never showed. */
export interface DevLoop {
  /** From spawning `astro dev` to the first claim page served. */
  readyMs: number;
  /** Median, from writing the edited claim to its page showing the change. */
  claimMs: number | undefined;
  /** Median, from writing the edited source to its page showing the change. */
  sourceMs: number | undefined;
  /** Median CPU time (user + system) the dev server spent over an edited claim; undefined without /proc. */
  claimCpuMs?: number | undefined;
  /** The same over an edited source. */
  sourceCpuMs?: number | undefined;
  /** When an edit never showed: the last lines astro dev printed, to see why. */
  missed?: string;
}

/** How to start the dev server: `node <astro> dev <args>` in `cwd` with `env`. */
export interface DevServer {
  astro: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
}

const POLL_MS = 50;
const CHANGE_TIMEOUT_MS = 30_000;

/** Measures `edits` claim edits and `edits` source edits; throws when the server never starts. */
export async function measureDevLoop(
  server: DevServer,
  content: string,
  claimId: string,
  options: { edits: number; startTimeoutMs: number },
): Promise<DevLoop> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const args = [server.astro, "dev", ...server.args, "--host", "127.0.0.1", "--port", `${port}`];
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: server.cwd,
    env: { ...process.env, ...server.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  try {
    const claimFile = join(content, "claims", `${claimId}.md`);
    const sourceId = /^\s+source: (\S+)$/m.exec(readFileSync(claimFile, "utf8"))?.[1];
    if (!sourceId) throw new Error(`${claimFile} cites no source.`);
    const claimPage = `${origin}/claims/${claimId}/`;
    const sourcePage = `${origin}/sources/${sourceId}/`;
    const ready = await waitFor(claimPage, () => true, options.startTimeoutMs, child);
    if (ready === undefined)
      throw new Error(`astro dev served no claim page in time. Its last output:\n${output}`);
    const readyMs = performance.now() - started;
    await waitFor(sourcePage, () => true, options.startTimeoutMs, child);
    const claimTimes: number[] = [];
    const sourceTimes: number[] = [];
    const claimCpu: number[] = [];
    const sourceCpu: number[] = [];
    const cpuOf = (into: number[], from: number | undefined) => {
      const to = cpuMsOf(child.pid);
      if (from !== undefined && to !== undefined) into.push(to - from);
    };
    for (let edit = 0; edit < options.edits; edit++) {
      const token = `bench${Date.now().toString(36)}${edit}`;
      let cpu = cpuMsOf(child.pid);
      const claimMs = await timeChange(claimPage, token, child, () => {
        const text = readFileSync(claimFile, "utf8");
        writeFileSync(claimFile, text.replace(/^summary: .*$/m, `summary: "Résumé ${token}."`));
      });
      if (claimMs !== undefined) claimTimes.push(claimMs);
      cpuOf(claimCpu, cpu);
      cpu = cpuMsOf(child.pid);
      const sourceMs = await timeChange(sourcePage, token, child, () => {
        const file = join(content, "sources", `${sourceId}.md`);
        appendFileSync(file, `\nParagraphe ajouté pendant la mesure ${token}.\n`);
      });
      if (sourceMs !== undefined) sourceTimes.push(sourceMs);
      cpuOf(sourceCpu, cpu);
    }
    const settled = (times: number[]) =>
      times.length === options.edits ? median(times) : undefined;
    return {
      readyMs,
      claimMs: settled(claimTimes),
      sourceMs: settled(sourceTimes),
      claimCpuMs: claimCpu.length > 0 ? median(claimCpu) : undefined,
      sourceCpuMs: sourceCpu.length > 0 ? median(sourceCpu) : undefined,
    };
  } finally {
    await stop(child);
  }
}

/** Makes the edit, then polls `page` until it holds `token`: the milliseconds it took. */
async function timeChange(page: string, token: string, child: ChildProcess, edit: () => void) {
  const started = performance.now();
  edit();
  const shown = await waitFor(page, (html) => html.includes(token), CHANGE_TIMEOUT_MS, child);
  return shown === undefined ? undefined : performance.now() - started;
}

/** Polls `url` until it answers 200 with a body that `ok` accepts; the body, or undefined. */
async function waitFor(
  url: string,
  ok: (html: string) => boolean,
  timeoutMs: number,
  child: ChildProcess,
): Promise<string | undefined> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
      const html = await response.text();
      if (response.ok && ok(html)) return html;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, POLL_MS));
  }
  return undefined;
}

/**
 * The CPU time (user + system, all threads) process `pid` has used, from Linux's /proc; undefined
 * elsewhere. The kernel counts it in ticks of 10 ms.
 */
function cpuMsOf(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once("exit", done));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
  await exited;
  clearTimeout(timer);
}
