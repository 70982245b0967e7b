import { spawn, type ChildProcess } from 'node:child_process';

import { expect } from '@playwright/test';

/** A server the test started itself, and everything it has written so far. */
export interface StartedServer {
  process: ChildProcess;
  log: () => string;
}

/**
 * Starts `node <entry>` in `cwd` on `port` and waits until it says it is ready; its output is
 * kept for the test to read (a stack trace in it fails e2e/server.spec.ts).
 */
export async function startServer(cwd: string, entry: string, port: number, timeout = 60_000): Promise<StartedServer> {
  let log = '';
  const child = spawn('node', [entry], { cwd, env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1' } });
  for (const stream of [child.stdout!, child.stderr!]) stream.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await expect.poll(() => log, { timeout }).toContain('Ready on');
  return { process: child, log: () => log };
}
