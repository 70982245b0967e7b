/**
 * `npm start`: the blog's Node server. scripts/prepare-standalone.ts bundles this file into
 * `.next/standalone/server.js` (Next's own entry stays beside it as `next-server.js`).
 *
 * A fast path answers what the build finished (lib/server/answer.ts): every page, feed and file
 * of the static export, from memory or disk, precompressed, with validators and ranges, and the
 * redirects and client errors before any framework code runs. Anything else goes to Next's
 * request handler, so a dynamic route still works. Every answer carries the security headers.
 * SIGTERM drains: no new connection is taken, requests in flight and on kept-alive connections are
 * answered, each with `Connection: close`; then the process exits (scripts/start.mjs sends it when
 * a new release has started).
 */
import { createReadStream, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Routing } from '../lib/canonical-path';
import { answer, type Answer } from '../lib/server/answer';
import type { SiteFiles } from '../lib/server/site-files';

const dir = path.dirname(fileURLToPath(import.meta.url));
Object.assign(process.env, { NODE_ENV: 'production' });
process.chdir(dir);

const port = Number.parseInt(process.env.PORT ?? '', 10) || 3000;
const hostname = process.env.HOSTNAME || '0.0.0.0';
const SITE_DIR = path.join(dir, 'site');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as T;

const site = readJson<SiteFiles>('site-files.json');
const routing = readJson<Routing>('routing.json');
const { config } = readJson<{ config: Record<string, unknown> }>('.next/required-server-files.json');
const hsts = Number(process.env.HSTS_MAX_AGE ?? '');
const headers: Record<string, string> = {
  ...site.headers,
  ...(hsts > 0 && { 'strict-transport-security': `max-age=${hsts}; includeSubDomains` }),
};

// Next's handler, for what the fast path does not know (as Next's standalone server.js starts it).
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
const require = createRequire(import.meta.url);
const next = require('next') as (options: object) => {
  prepare(): Promise<void>;
  getRequestHandler(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
};
const app = next({ dev: false, dir, hostname, port, conf: config });
const handle = app.getRequestHandler();

// Small files stay in memory once read: most answers are a buffer written to the socket.
const CACHE_LIMIT = Number(process.env.FAST_PATH_CACHE_MB ?? 256) * 1024 * 1024;
const MAX_CACHED_FILE = 1024 * 1024;
const cache = new Map<string, Buffer>();
let cached = 0;

/** The file's bytes when they fit the memory cache (read once, then kept), else `undefined`. */
async function readCached(file: string, size: number): Promise<Buffer | undefined> {
  if (size > MAX_CACHED_FILE || cached + size > CACHE_LIMIT) return undefined;
  const bytes = await readFile(path.join(SITE_DIR, file));
  if (!cache.has(file)) {
    cache.set(file, bytes);
    cached += bytes.length;
  }
  return bytes;
}

let draining = false;

// Node checks every header name and value it writes; an answer's own headers object is the same
// for every whole-file 200 (lib/server/answer.ts), so its list with the site's headers is made once.
const headerLists = new WeakMap<object, string[]>();
function headerList(own: Readonly<Record<string, string>>): string[] {
  let list = headerLists.get(own);
  if (!list) {
    list = Object.entries({ ...headers, ...own }).flat();
    headerLists.set(own, list);
  }
  return draining ? [...list, 'connection', 'close'] : list;
}

type Decided = Exclude<Answer, { kind: 'next' }>;

/** Writes a decided answer; `bytes` are the body's whole file when it is in memory. */
function write(req: IncomingMessage, res: ServerResponse, decided: Decided, bytes?: Buffer) {
  res.writeHead(decided.status, headerList(decided.headers));
  const body = decided.kind === 'file' ? decided.body : undefined;
  if (req.method === 'HEAD') res.end();
  else if (decided.kind === 'text') res.end(decided.text);
  else if (!body) res.end();
  else if (bytes)
    res.end(body.start === 0 && body.end === bytes.length - 1 ? bytes : bytes.subarray(body.start, body.end + 1));
  else {
    createReadStream(path.join(SITE_DIR, body.file), { start: body.start, end: body.end })
      .on('error', () => res.destroy())
      .pipe(res);
  }
}

/**
 * Sends an answer whose file is not in memory yet; `false` when the file is missing on disk
 * (deleted under a running server), before anything was written, so Next's handler can answer 404.
 */
async function sendFromDisk(req: IncomingMessage, res: ServerResponse, decided: Decided, file: string, size: number) {
  let bytes: Buffer | undefined;
  try {
    bytes = await readCached(file, size);
    if (!bytes) await stat(path.join(SITE_DIR, file));
  } catch {
    return false;
  }
  write(req, res, decided, bytes);
  return true;
}

const HEALTH_HEADERS = {
  'content-type': 'text/plain; charset=utf-8',
  'content-length': '3',
  'cache-control': 'no-store',
};

/**
 * Answers a request. What is in memory is written before this returns, with no promise between
 * the request and the answer: an `await` here costs a third of the requests a second.
 */
function serve(req: IncomingMessage, res: ServerResponse): Promise<void> | undefined {
  if (req.url === '/_health' && (req.method === 'GET' || req.method === 'HEAD')) {
    res.writeHead(200, headerList(HEALTH_HEADERS));
    return void res.end(req.method === 'HEAD' ? undefined : 'ok\n');
  }
  const decided = answer({ method: req.method ?? '', url: req.url ?? '', headers: req.headers }, site, routing);
  if (decided.kind === 'next') return toNext(req, res);
  const body = decided.kind === 'file' ? decided.body : undefined;
  if (!body) return void write(req, res, decided);
  const bytes = cache.get(body.file);
  if (bytes) return void write(req, res, decided, bytes);
  return sendFromDisk(req, res, decided, body.file, body.size).then((sent) => (sent ? undefined : toNext(req, res)));
}

function toNext(req: IncomingMessage, res: ServerResponse) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  // Stopping: a request on a kept-alive connection is still answered, and the connection closed.
  if (draining) res.setHeader('connection', 'close');
  return handle(req, res);
}

function fail(req: IncomingMessage, res: ServerResponse, error: unknown) {
  console.error(`${req.method} ${req.url}: ${(error as Error).message}`);
  if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
  res.end();
}

await app.prepare();
const server = http.createServer((req, res) => {
  try {
    serve(req, res)?.catch((error: unknown) => fail(req, res, error));
  } catch (error) {
    fail(req, res, error);
  }
});
// A malformed request line or oversized headers: Node answers 400 or 431 itself, without a log line.
server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
  if (!socket.writable) return void socket.destroy();
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
});
const keepAlive = Number.parseInt(process.env.KEEP_ALIVE_TIMEOUT ?? '', 10);
if (keepAlive > 0) server.keepAliveTimeout = keepAlive;
server.listen(port, hostname, () => {
  console.log(`▲ Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}${site.basePath}/`);
  if (new URL(site.url).hostname === 'localhost') {
    console.warn(
      `Note: the build's feeds, sitemap and canonical links point at ${site.url}: build with SITE_URL=https://your.domain to publish`,
    );
  }
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (draining) return;
    draining = true;
    // Stop taking connections, but leave the kept-alive ones open: each carries at most one more
    // request, answered with `Connection: close`, or ends at its keep-alive timeout. (http.Server's
    // own close() would drop the idle ones at once, racing a client that is sending on one.)
    net.Server.prototype.close.call(server, () => process.exit(0));
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
