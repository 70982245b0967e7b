// Each engine is measured in a process of its own: a fresh heap, so one engine's garbage does
// not slow the next one's queries, and an engine that runs out of memory fails alone.
import { spawn } from 'node:child_process';

import type { Outcome } from './measure';

/** Runs `script` again in a child Node (same loader flags) with `args`; parses its stdout. */
export function measureInChild(script: string, args: string[], name: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(JSON.parse(stdout) as Outcome);
      else resolve({ name, error: `measuring process exited with ${signal ?? `code ${code}`}` });
    });
  });
}
