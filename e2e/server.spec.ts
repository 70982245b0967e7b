import { readdirSync } from 'node:fs';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { rawRequest } from './support/raw-http';
import { startServer, type StartedServer } from './support/server';

// The Node server (`npm start`, scripts/server.ts) against the requests a careless or hostile
// client sends. A second instance of the journeys' build, on its own port, so that its log can be
// read: no answer may write a stack trace.
test.describe.configure({ mode: 'serial' });

const PORT = 3299;
const standalone = path.resolve('.next/standalone');
let server: StartedServer;

test.beforeAll(async () => {
  server = await startServer(standalone, 'server.js', PORT);
});

test.afterAll(() => {
  server.process.kill();
});

const island = readdirSync(path.join(standalone, 'site/islands')).find((name) => /^site-.*\.js$/.test(name))!;
const get = (target: string, headers: string[] = [], method = 'GET') =>
  rawRequest(
    PORT,
    [`${method} ${target} HTTP/1.1`, 'Host: localhost', 'Connection: close', ...headers, '', ''].join('\r\n'),
  );

test('methods other than GET and HEAD get 405 with Allow, on files, pages and unknown paths', async () => {
  for (const target of [`/islands/${island}`, '/posts/baseball', '/tags/react', '/no/such/page']) {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS']) {
      const response = await get(target, ['Content-Length: 5'], method);
      expect(response.status, `${method} ${target}`).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
  }
  expect((await get('*', [], 'OPTIONS')).status).toBe(405);
});

test('a target that is not a path, a bad encoding, a NUL or a huge target get a 4xx', async () => {
  const cases: [target: string, status: number][] = [
    ['http://evil.example/posts/baseball', 400],
    ['/tags/%ZZ', 400],
    ['/posts/%E0%A4%A', 400],
    ['/a%00b', 400],
    [`/${'a'.repeat(5000)}`, 414],
    [`/search?q=${encodeURIComponent('가'.repeat(600))}`, 414],
    // Raw bytes outside ASCII are no HTTP: Node's parser refuses them.
    [`/tags/${'가'}`, 400],
  ];
  for (const [target, status] of cases) expect((await get(target)).status, target.slice(0, 60)).toBe(status);
  // Headers past Node's limit (16 KB): 431, from Node itself.
  expect((await get('/', [`X-Big: ${'a'.repeat(20_000)}`])).status).toBe(431);
});

test('ranges: a part, and 416 past the end or backwards; a malformed one is ignored', async () => {
  const file = `/islands/${island}`;
  expect((await get(file, ['Range: bytes=0-9'])).status).toBe(206);
  for (const range of ['bytes=999999-', 'bytes=5-1']) {
    const response = await get(file, [`Range: ${range}`]);
    expect(response.status, range).toBe(416);
    expect(response.headers['content-range']).toMatch(/^bytes \*\/\d+$/);
  }
  expect((await get(file, ['Range: bytes=abc'])).status).toBe(200);
});

test('a hostile Host and an absolute-form target never lead a redirect elsewhere', async () => {
  const response = await get('/tags/React', ['Host: evil.example']);
  expect(response.status).toBe(308);
  expect(response.headers.location).toBe('/tags/react');
  expect((await get('/posts/baseball', ['Host: evil.example'])).status).toBe(200);
});

test('files: precompressed, validators, 304, HEAD, and a year of caching for hashed names', async () => {
  const page = await get('/posts/baseball', ['Accept-Encoding: br, gzip']);
  expect(page.headers['content-encoding']).toBe('br');
  expect(page.headers.vary).toBe('Accept-Encoding');
  expect(page.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
  const etag = page.headers.etag!;
  expect(etag).toMatch(/^"[\w-]{22}"$/);
  expect((await get('/posts/baseball', [`If-None-Match: ${etag}`])).status).toBe(304);
  const head = await get('/posts/baseball', [], 'HEAD');
  expect(head.status).toBe(200);
  expect(head.body).toBe('');
  expect((await get(`/islands/${island}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');

  const feed = await get('/feed.xml');
  expect(feed.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
  expect((await get('/feed.xml', [`If-Modified-Since: ${feed.headers['last-modified']}`])).status).toBe(304);
});

test("Next's internal paths and another build's hashed files answer 404, not 500", async () => {
  for (const target of [
    '/_next/static/chunks/gone-0123.js',
    '/_global-error',
    '/_next/image?url=%2Fog%2Findex.png&w=640&q=75',
  ]) {
    const response = await get(target);
    expect(response.status, target).toBe(404);
    expect(response.headers['cache-control'], target).toBe('no-store');
  }
});

test('every answer carries the security headers, and the health path answers', async () => {
  for (const target of ['/', '/posts/baseball', '/tags/%ZZ', '/no/such/page', `/islands/${island}`, '/_health']) {
    const { headers } = await get(target);
    expect(headers['content-security-policy'], target).toMatch(/script-src 'self'( 'sha256-[\w+/=]+')+;/);
    expect(headers['content-security-policy'], target).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], target).toBe('nosniff');
    expect(headers['referrer-policy'], target).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], target).toContain('camera=()');
  }
  expect((await get('/_health')).body).toBe('ok\n');
});

test('the log has no stack trace after all of that', () => {
  expect(server.log()).not.toMatch(/\n\s+at /);
  expect(server.log()).not.toMatch(/Error:/);
});
