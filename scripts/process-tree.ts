// Memory of a whole process tree, read from /proc (Linux only). `npm run build` is npm, a shell,
// contentlayer, next and next's workers: `/usr/bin/time` and `process.resourceUsage()` see only one.
import { readdirSync, readFileSync } from 'node:fs';

// A process can exit between listing /proc and reading its files; it then simply counts as gone.
function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(`/proc/${entry}/stat`);
    if (!stat) continue;
    // The command name may hold spaces and parentheses; the fields after the last `)` cannot.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
  }
  return children;
}

/**
 * Sum of the resident set sizes of `rootPid` and all its descendants, in bytes. Pages shared
 * between processes count once per process, so this overstates real use a little, as `top` would.
 */
export function treeRss(rootPid: number): number {
  const children = childrenByParent();
  let total = 0;
  const queue = [rootPid];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readProc(`/proc/${pid}/status`) ?? '')?.[1];
    total += Number(kb ?? 0) * 1024;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}
