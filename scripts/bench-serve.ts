/**
 * The Node server against nginx on the same built files: `npm run bench:serve [-- --duration S]
 * [--connections N] [--soak S] [--keep]`. Prints figures and asserts nothing.
 *
 * Copies the project into a temp dir (bench-project.ts), builds the e2e fixture posts, then serves
 * the build four ways, one at a time, on this machine: `npm start` (scripts/server.ts, the fast
 * path in front of Next), Next's own standalone server (`next-server.js`, what `npm start` was
 * before), and nginx (one worker) on the export's files (`site/`, `gzip_static on`, GitHub Pages'
 * rules), once sending the same security headers as `npm start` and once bare. For the home page,
 * a post, a tag page, a search-index file, an island and `/feed.xml`, with and without
 * `Accept-Encoding: br, gzip`, wrk (or autocannon where wrk is missing) measures req/s, p50/p99
 * latency and answers that are not 2xx/3xx; the ratio to nginx is printed beside each. The
 * server's RSS is read before, after the runs, and after `--soak` seconds at saturation (default 60).
 */
import type { ChildProcess } from 'node:child_process';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import autocannon from 'autocannon';

import type { SiteFiles } from '../lib/server/site-files';
import { copyProject, freePort, npmRun } from './bench-project';
import { startNginx } from './e2e-nginx';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '32' },
    soak: { type: 'string', default: '60' },
    keep: { type: 'boolean' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const soak = Number(values.soak);

interface Result {
  rps: number;
  p50: number;
  p99: number;
  bad: number;
}

/**
 * Load on one URL for `seconds`: wrk when it is installed (`apt-get install wrk`; written in C, it
 * can drive nginx to its limit on one core), else autocannon (a Node client that tops out near
 * 20–40k req/s here, so fast servers all look alike).
 */
async function load(url: string, headers: Record<string, string>, seconds: number): Promise<Result> {
  if (WRK) return wrk(url, headers, seconds);
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    bad: result.non2xx + result.errors + result.timeouts - result['3xx'],
  };
}

const WRK = spawnSync('wrk', ['--version']).error === undefined;

async function wrk(url: string, headers: Record<string, string>, seconds: number): Promise<Result> {
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency'];
  for (const [name, value] of Object.entries(headers)) args.push('-H', `${name}: ${value}`);
  const output = await new Promise<string>((resolve, reject) =>
    execFile('wrk', [...args, url], (error, stdout) => (error ? reject(error) : resolve(stdout))),
  );
  const ms = (label: string) => {
    const [, value = '0', unit = 'ms'] = new RegExp(`${label}\\s+([\\d.]+)(us|ms|s)`).exec(output) ?? [];
    return Number(value) * ({ us: 0.001, ms: 1, s: 1000 } as Record<string, number>)[unit]!;
  };
  const count = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? 0);
  const socketErrors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? 0),
    p50: ms('50%'),
    p99: ms('99%'),
    bad:
      count(/Non-2xx or 3xx responses: (\d+)/) +
      (socketErrors ? socketErrors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0),
  };
}

const rssOf = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
};
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function waitFor(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within a minute`);
}

function startNode(standalone: string, entry: string, port: number): ChildProcess {
  return spawn('node', [entry], {
    cwd: standalone,
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-serve-'));
const stopAll: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of stopAll) child.kill();
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

const project = path.join(dir, 'project');
console.log(`Building the fixture posts in ${project} …`);
await copyProject(PROJECT, project);
await npmRun(project, 'build', { CONTENT_DIR: 'e2e/fixtures/posts' }, path.join(dir, 'build.log'));
const standalone = path.join(project, '.next/standalone');
const site = path.join(standalone, 'site');
const island = readdirSync(path.join(site, 'islands')).find((name) => /^site-.*\.js$/.test(name))!;
const shard = readdirSync(path.join(site, 'search-index/shards'))[0]!;

const TARGETS = [
  ['home', '/'],
  ['post', '/posts/baseball'],
  ['tag', '/tags/react'],
  ['search index', `/search-index/shards/${shard}`],
  ['island', `/islands/${island}`],
  ['feed', '/feed.xml'],
] as const;
const ENCODINGS = [
  ['identity', {}],
  ['br, gzip', { 'accept-encoding': 'br, gzip' }],
] as const;

type Server = 'npm start' | 'Next alone' | 'nginx' | 'nginx, bare';
const securityHeaders = (JSON.parse(readFileSync(path.join(standalone, 'site-files.json'), 'utf8')) as SiteFiles)
  .headers;
const results = new Map<string, Result>();
const rss: Record<string, string> = {};

for (const server of ['nginx', 'nginx, bare', 'npm start', 'Next alone'] as Server[]) {
  const port = await freePort();
  const nginx = server.startsWith('nginx');
  const child = nginx
    ? await startNginx({
        out: site,
        port: String(port),
        basePath: '',
        dir,
        headers: server === 'nginx' ? securityHeaders : {},
      })
    : startNode(standalone, server === 'npm start' ? 'server.js' : 'next-server.js', port);
  stopAll.push(child);
  await waitFor(`http://127.0.0.1:${port}/`);
  const before = nginx ? 0 : rssOf(child.pid!);
  for (const [name, target] of TARGETS) {
    for (const [encoding, headers] of ENCODINGS) {
      const result = await load(`http://127.0.0.1:${port}${target}`, headers, duration);
      results.set(`${server}|${name}|${encoding}`, result);
      console.log(`${server.padEnd(10)} ${name.padEnd(12)} ${encoding.padEnd(8)} ${Math.round(result.rps)} req/s`);
    }
  }
  if (!nginx) {
    const after = rssOf(child.pid!);
    if (soak > 0) await load(`http://127.0.0.1:${port}/posts/baseball`, ENCODINGS[1][1], soak);
    rss[server] = `${mib(before)} → ${mib(after)} → ${mib(rssOf(child.pid!))} after ${soak} s at saturation`;
  }
  child.kill();
  await new Promise((resolve) => child.once('exit', resolve));
}

console.log(
  `\n${os.cpus().length} cores, Node ${process.version}; ${WRK ? 'wrk, one thread' : 'autocannon'}, ${connections} connections, ${duration} s a run, on the same machine.` +
    ' nginx sends the same security headers as npm start (add_header); "nginx, bare" sends only its own.\n',
);
const row = (cells: string[]) => console.log(`| ${cells.join(' | ')} |`);
row([
  'page',
  'encoding',
  'nginx req/s',
  'npm start req/s',
  'ratio',
  'p50 / p99 ms',
  'non-2xx/3xx',
  'Next alone req/s',
  'ratio',
  'nginx, bare req/s',
  'ratio',
]);
row(Array(11).fill('---'));
for (const [name] of TARGETS) {
  for (const [encoding] of ENCODINGS) {
    const nginx = results.get(`nginx|${name}|${encoding}`)!;
    const ours = results.get(`npm start|${name}|${encoding}`)!;
    const next = results.get(`Next alone|${name}|${encoding}`)!;
    const bare = results.get(`nginx, bare|${name}|${encoding}`)!;
    row([
      name,
      encoding,
      String(Math.round(nginx.rps)),
      String(Math.round(ours.rps)),
      (ours.rps / nginx.rps).toFixed(2),
      `${ours.p50} / ${ours.p99}`,
      String(ours.bad),
      String(Math.round(next.rps)),
      (next.rps / nginx.rps).toFixed(3),
      String(Math.round(bare.rps)),
      (ours.rps / bare.rps).toFixed(2),
    ]);
  }
}
console.log('\nRSS (before → after the runs → after the soak):');
for (const [server, figures] of Object.entries(rss)) console.log(`  ${server}: ${figures}`);
process.exit(0);
