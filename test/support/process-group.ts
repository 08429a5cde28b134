/**
 * The processes of a process group, read from Linux's /proc: a build spawned as
 * the leader of a group of its own leaves no process behind when, once it has
 * exited, the group is empty.
 */
import { readdirSync, readFileSync } from "node:fs";

/** The processes still in the group `pgid` (zombies included), as `pid command`; empty when /proc cannot be read. */
export function processGroup(pgid: number): string[] {
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return [];
  }
  const members: string[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue; // Ended meanwhile.
    }
    // pid (comm) state ppid pgrp …: comm may hold spaces and parentheses.
    const close = stat.lastIndexOf(")");
    const [state, , pgrp] = stat.slice(close + 2).split(" ");
    if (Number(pgrp) === pgid) {
      members.push(`${name} ${stat.slice(stat.indexOf("(") + 1, close)} (${state})`);
    }
  }
  return members;
}
