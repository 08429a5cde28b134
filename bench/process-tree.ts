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

/** Reads the memory and CPU time of `root` and its descendants now; zero when they are gone. */
export function sampleTree(root: number): TreeSample {
  let rssKb = 0;
  let hwmKb = 0;
  const childCpuMs = new Map<number, number>();
  for (const [pid, stat] of descendants(root)) {
    const status = read(`/proc/${pid}/status`);
    rssKb += field(status, "VmRSS");
    hwmKb = Math.max(hwmKb, field(status, "VmHWM"));
    if (pid !== root) {
      const cpu = cpuMs(stat);
      if (cpu !== undefined) childCpuMs.set(pid, cpu);
    }
  }
  return { rssKb, hwmKb, childCpuMs };
}

// The fields of /proc/<pid>/stat after the command name, which is in parentheses and may hold
// spaces: the state first, then the parent id, … utime and stime at 11 and 12.
function statFields(stat: string): string[] {
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

function cpuMs(fields: string[]): number | undefined {
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return Number.isFinite(user) && Number.isFinite(system) ? (user + system) * TICK_MS : undefined;
}

// The process and every process below it, each with its /proc/<pid>/stat fields, found through
// the parent ids there (/proc/<pid>/task/<tid>/children needs a kernel option this machine lacks).
function descendants(root: number): Map<number, string[]> {
  const stats = new Map<number, string[]>();
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const fields = statFields(read(`/proc/${name}/stat`));
    stats.set(pid, fields);
    const parent = Number(fields[1]);
    const siblings = children.get(parent) ?? [];
    siblings.push(pid);
    children.set(parent, siblings);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return new Map(tree.map((pid) => [pid, stats.get(pid) ?? []]));
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
