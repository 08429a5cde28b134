/**
 * Resident memory and CPU time of a process and all its descendants, read from Linux's /proc:
 * the benchmark samples them while a build runs, because Pagefind's Node API runs the pagefind
 * binary in a child process whose memory and CPU `process.resourceUsage()` of the parent never
 * sees.
 */
import { readdirSync, readFileSync } from "node:fs";

/** One reading of a process tree. */
export interface TreeSample {
  /** The sum of the resident set sizes of the tree's processes, in kilobytes. */
  rssKb: number;
  /** The largest peak resident set size (VmHWM) of any one process of the tree, in kilobytes. */
  hwmKb: number;
  /** The CPU time each process below the root has used so far (user and system), in milliseconds. */
  childCpuMs: Map<number, number>;
}

// The unit of the CPU times in /proc/<pid>/stat: USER_HZ, 100 on every Linux architecture in use.
const TICK_MS = 10;

/** Whether /proc can be read here (Linux); elsewhere, only the probe's figure is available. */
export const canSampleTrees = (() => {
  try {
    readFileSync("/proc/self/status", "utf8");
    return true;
  } catch {
    return false;
  }
})();

/** Reads the memory of `root` and its descendants now; zero when they are gone. */
export function sampleTree(root: number): TreeSample {
  let rssKb = 0;
  let hwmKb = 0;
  const childCpuMs = new Map<number, number>();
  for (const pid of descendants(root)) {
    const status = read(`/proc/${pid}/status`);
    rssKb += field(status, "VmRSS");
    hwmKb = Math.max(hwmKb, field(status, "VmHWM"));
    if (pid !== root) {
      const cpu = cpuMs(read(`/proc/${pid}/stat`));
      if (cpu !== undefined) childCpuMs.set(pid, cpu);
    }
  }
  return { rssKb, hwmKb, childCpuMs };
}

// utime and stime, the 12th and 13th fields after the command name (which may hold spaces).
function cpuMs(stat: string): number | undefined {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return Number.isFinite(user) && Number.isFinite(system) ? (user + system) * TICK_MS : undefined;
}

// The process and every process below it, found through the parent ids in /proc/<pid>/stat
// (/proc/<pid>/task/<tid>/children needs a kernel option this machine lacks).
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    // The command name, in parentheses, may hold spaces: the parent id is the 2nd field after it.
    const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const siblings = children.get(parent) ?? [];
    siblings.push(Number(name));
    children.set(parent, siblings);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

function field(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status);
  return match ? Number(match[1]) : 0;
}

function read(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return ""; // The process ended between the listing and the read.
  }
}
