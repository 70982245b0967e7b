// The project copy the benchmarks (bench-search, bench-pages) build and serve: never the working
// tree, whose .next and port may belong to someone else.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { cp, readdir, readFile, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

// Build products (public/ is all build output) and test output stay behind (the build makes them again); node_modules is
// hard-linked instead of copied.
const LEFT_OUT = new Set([
  'node_modules',
  '.next',
  '.contentlayer',
  '.git',
  'test-results',
  'playwright-report',
  'public',
  'releases',
]);

/** Copies the project at `from` into `to`, with `node_modules` hard-linked (`cp -al`). */
export async function copyProject(from: string, to: string): Promise<void> {
  await cp(from, to, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(from, source);
      return !LEFT_OUT.has(relative.split(path.sep)[0]!);
    },
  });
  await linkNodeModules(from, to);
}

/** Gives `to` the `node_modules` of `from`, hard-linked: the very same packages at no cost in time or space. */
export async function linkNodeModules(from: string, to: string): Promise<void> {
  const link = spawnSync('cp', ['-al', path.join(from, 'node_modules'), path.join(to, 'node_modules')]);
  // Another file system cannot hold hard links: copy for real (slow, but it works).
  if (link.status !== 0) await cp(path.join(from, 'node_modules'), path.join(to, 'node_modules'), { recursive: true });
}

/** Runs `npm run <script> [args]` in `cwd`, logging to `logFile`; returns its output, throws on failure. */
export async function npmRun(
  cwd: string,
  script: string,
  env: Record<string, string>,
  logFile: string,
  args: readonly string[] = [],
): Promise<string> {
  const log = createWriteStream(logFile);
  const child = spawn('npm', ['run', script, ...args], {
    cwd,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    });
  }
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  await new Promise((resolve) => log.end(resolve));
  if (code !== 0) {
    const tail = output.trimEnd().split('\n').slice(-30).join('\n');
    throw new Error(`npm run ${script} failed (exit code ${code}); log: ${logFile}\n\n${tail}`);
  }
  return output;
}

/** Size of every file under `dir`, keyed by its path relative to `dir` (with `/`). */
export async function fileSizes(dir: string): Promise<Map<string, { bytes: number; gzip: number }>> {
  const sizes = new Map<string, { bytes: number; gzip: number }>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = (await stat(file)).size;
    sizes.set(path.relative(dir, file).split(path.sep).join('/'), {
      bytes,
      gzip: gzipSync(await readFile(file)).length,
    });
  }
  return sizes;
}

/** A port nothing listens on, as the system hands one out. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the standalone server built in `dir` and waits until its home page answers. */
export async function startServer(dir: string, port: number, logFile: string): Promise<ChildProcess> {
  const log = createWriteStream(logFile);
  const server = spawn('node', ['.next/standalone/server.js'], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.pipe(log);
  server.stderr.pipe(log);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited (code ${server.exitCode}); log: ${logFile}`);
    const up = await fetch(`http://127.0.0.1:${port}/`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill();
  throw new Error(`the server did not answer on port ${port} within a minute; log: ${logFile}`);
}

/** The Content-Encoding the server answers for `url` when the client accepts gzip. */
export async function contentEncoding(url: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
      response.resume();
      resolve(response.headers['content-encoding']);
    })
      .on('error', reject)
      .end();
  });
}
