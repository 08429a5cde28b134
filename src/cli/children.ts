/**
 * Waiting for this process's child processes to end before it exits. The
 * libraries a build uses leave theirs unreferenced (esbuild's service, which
 * Vite starts; Pagefind's indexer, which its `close()` kills without waiting):
 * a process that exited at once would leave them running, or dead but unreaped.
 * While this waits, Node reaps each one as it ends.
 */
import { readdirSync, readFileSync } from "node:fs";

const POLL_MS = 20;

/** This process's children still running or unreaped, read from Linux's /proc (elsewhere: none known). */
export function childProcesses(): number[] {
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return [];
  }
  const children: number[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // pid (comm) state ppid …: comm may hold spaces and parentheses.
      const ppid = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1];
      if (Number(ppid) === process.pid) children.push(Number(name));
    } catch {
      // Ended meanwhile.
    }
  }
  return children;
}

/** Resolves once this process has no child left, or after `timeoutMs`, with the pids still there. */
export async function awaitChildren(timeoutMs = 5000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  let left = childProcesses();
  while (left.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    left = childProcesses();
  }
  return left;
}
