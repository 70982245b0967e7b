// The steps of `npm run build`, run one at a time so each can be timed and its memory measured
// (scripts/bench-build.ts). The steps are read from package.json, so the benchmark follows the
// build as it changes.
import { spawn } from 'node:child_process';
import type { WriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

import { treeRss } from './process-tree';

const SAMPLE_MS = 100;

/**
 * The shell commands `npm run <name>` runs, in order: its script split at `&&`, with every
 * `npm run X` in it replaced by X's own steps. A script with any other shell control (`;`, `||`,
 * a pipe) cannot be cut into steps that mean the same, so it throws.
 */
export function buildSteps(scripts: Readonly<Record<string, string>>, name = 'build', seen: string[] = []): string[] {
  const script = scripts[name];
  if (script === undefined) throw new Error(`package.json has no "${name}" script`);
  if (seen.includes(name)) throw new Error(`the "${name}" script runs itself (${[...seen, name].join(' → ')})`);
  return script.split('&&').flatMap((part) => {
    const command = part.trim();
    if (!command || /[;|]|&$/.test(command)) {
      throw new Error(`the "${name}" script's step "${command}" is not one command`);
    }
    const nested = /^npm run(?: -s)? ([\w:.-]+)$/.exec(command)?.[1];
    return nested ? buildSteps(scripts, nested, [...seen, name]) : [command];
  });
}

export interface StepResult {
  command: string;
  ms: number;
  /** Largest sum of RSS over the step's whole process tree, sampled every 100 ms. */
  peakRss: number;
  exitCode: number | null;
}

/** The pid of the step running now, so a signal handler can stop its process group. */
export let runningPid: number | undefined;

/** Runs one step with `node_modules/.bin` on the PATH, as npm would; its output goes to `log`. */
export async function runStep(
  command: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; log: WriteStream },
): Promise<StepResult> {
  const { cwd, env, log } = options;
  const start = performance.now();
  log.write(`\n$ ${command}\n`);
  const child = spawn('sh', ['-c', command], {
    cwd,
    env: { ...env, PATH: `${path.join(cwd, 'node_modules/.bin')}${path.delimiter}${env.PATH ?? ''}` },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a signal stops the step and every process it started.
    detached: true,
  });
  runningPid = child.pid;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => log.write(`${line}\n`));
  }
  let peakRss = 0;
  const sample = () => {
    if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
  };
  const sampler = setInterval(sample, SAMPLE_MS);
  sample();
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  clearInterval(sampler);
  runningPid = undefined;
  return { command, ms: performance.now() - start, peakRss, exitCode };
}
