// CPU time, which unlike wall time barely changes when other jobs share the machine's cores.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux.

// utime + stime of this process's live children (Pagefind indexes in a child process); 0 where
// /proc is missing.
function childrenCpuMs(): number {
  let ms = 0;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      // Fields after the parenthesised command: state ppid ... utime (14th field) stime (15th).
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
        .replace(/^.*\) /s, '')
        .split(' ');
      if (Number(fields[1]) === process.pid) ms += (Number(fields[11]) + Number(fields[12])) * TICK_MS;
    } catch {
      // The process ended while we looked.
    }
  }
  return ms;
}

/** CPU milliseconds used so far by this process and its live children. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000 + childrenCpuMs();
}

/** CPU milliseconds used so far by this process alone; cheap enough to take around one query. */
export function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
