/** A process tree's resident size and CPU time, from /proc (Linux): what the bench's server uses. */
import { readdirSync, readFileSync } from "node:fs";

/** Each process's fields after its name in /proc/PID/stat, and its children. */
function processTable() {
  const stats = new Map<number, string[]>();
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      stats.set(Number(entry), fields);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone meanwhile
    }
  }
  return { stats, children };
}

/** A process and all its descendants. */
function tree(root: number, children: Map<number, number[]>): number[] {
  const all: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop() as number;
    all.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return all;
}

/** The resident size (kB) of a process and all its descendants. */
export function treeRssKb(root: number): number {
  const { children } = processTable();
  let total = 0;
  for (const pid of tree(root, children)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** CPU time (ms) a process and its descendants have used: utime + stime, in Linux's 10 ms ticks. */
export function treeCpuMs(root: number): number {
  const ticksPerSecond = 100; // USER_HZ
  const { stats, children } = processTable();
  let ticks = 0;
  for (const pid of tree(root, children)) {
    const fields = stats.get(pid);
    // utime and stime are the line's fields 14 and 15: 11 and 12 after the name.
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / ticksPerSecond;
}
