import { describe, expect, it } from 'vitest';

import type { Routing } from '../canonical-path';
import { acceptedEncodings, answer, etagMatches, type Request } from './answer';
import type { SiteFile } from './site-files';

const page: SiteFile = {
  file: 'tags/소식.html',
  size: 1000,
  type: 'text/html; charset=utf-8',
  etag: '"abc"',
  cache: 'public, max-age=0, must-revalidate',
  br: { file: 'tags/소식.html.br', size: 200 },
  gzip: { file: 'tags/소식.html.gz', size: 300 },
};
const island: SiteFile = {
  file: 'islands/site-X.js',
  size: 500,
  type: 'text/javascript; charset=utf-8',
  etag: '"js"',
  cache: 'public, max-age=31536000, immutable',
};
const feed: SiteFile = { ...page, file: 'feed.xml', etag: '"feed"', lastModified: 'Sat, 31 Aug 2024 22:00:00 GMT' };
const files = { '/tags/소식': page, '/islands/site-X.js': island, '/feed.xml': feed };
const routing: Routing = { redirects: { '/tags/React': '/tags/react' }, files: [], trailingSlash: false };
const root = { basePath: '', files };

const get = (url: string, headers: Request['headers'] = {}, method = 'GET') =>
  answer({ method, url, headers }, root, routing);
const encoded = `/tags/${encodeURIComponent('소식')}`;

describe('answer: files of the build', () => {
  it('answers a page from its file, brotli first, with validators and Vary', () => {
    const found = get(encoded, { 'accept-encoding': 'gzip, deflate, br' });
    expect(found).toMatchObject({
      kind: 'file',
      status: 200,
      headers: { 'content-encoding': 'br', 'content-length': '200', etag: '"abc"', vary: 'Accept-Encoding' },
      body: { file: 'tags/소식.html.br', start: 0, end: 199 },
    });
  });

  it('falls back to gzip, then to the file itself', () => {
    expect(get(encoded, { 'accept-encoding': 'gzip' })).toMatchObject({ headers: { 'content-encoding': 'gzip' } });
    expect(get(encoded, { 'accept-encoding': 'br;q=0, gzip;q=0' })).toMatchObject({
      headers: { 'content-length': '1000' },
      body: { file: 'tags/소식.html' },
    });
    expect(get(encoded)).not.toHaveProperty('headers.content-encoding');
  });

  it("gives every whole-file 200 of one file and encoding the same headers object (the server's key)", () => {
    const br = { 'accept-encoding': 'br' };
    expect(get(encoded, br)).toHaveProperty('headers', expect.objectContaining({ 'content-encoding': 'br' }));
    const first = get(encoded, br);
    const again = get(encoded, br);
    const gzip = get(encoded, { 'accept-encoding': 'gzip' });
    if (first.kind !== 'file' || again.kind !== 'file' || gzip.kind !== 'file') throw new Error('not a file answer');
    expect(again.headers).toBe(first.headers);
    expect(gzip.headers).not.toBe(first.headers);
    expect(gzip.headers).toMatchObject({ 'content-encoding': 'gzip', 'content-length': '300' });
  });

  it('answers HEAD with the headers and no body', () => {
    const head = get(encoded, {}, 'HEAD');
    expect(head).toMatchObject({ status: 200, headers: { 'content-length': '1000' } });
    expect(head).not.toHaveProperty('body');
  });

  it('answers 304 to a matching If-None-Match, and to If-Modified-Since where the file has a date', () => {
    expect(get(encoded, { 'if-none-match': '"x", W/"abc"' })).toMatchObject({ status: 304 });
    expect(get(encoded, { 'if-none-match': '"other"' })).toMatchObject({ status: 200 });
    expect(get('/feed.xml', { 'if-modified-since': 'Sun, 01 Sep 2024 00:00:00 GMT' })).toMatchObject({ status: 304 });
    expect(get('/feed.xml', { 'if-modified-since': 'Fri, 30 Aug 2024 00:00:00 GMT' })).toMatchObject({ status: 200 });
    // If-None-Match wins over If-Modified-Since.
    expect(
      get('/feed.xml', { 'if-none-match': '"other"', 'if-modified-since': 'Sun, 01 Sep 2024 00:00:00 GMT' }),
    ).toMatchObject({
      status: 200,
    });
  });

  it('answers a byte range with 206, and a range past the end with 416', () => {
    expect(get('/islands/site-X.js', { range: 'bytes=0-99' })).toMatchObject({
      status: 206,
      headers: { 'content-range': 'bytes 0-99/500', 'content-length': '100' },
      body: { file: 'islands/site-X.js', start: 0, end: 99 },
    });
    expect(get('/islands/site-X.js', { range: 'bytes=-10' })).toMatchObject({ body: { start: 490, end: 499 } });
    for (const range of ['bytes=999999-', 'bytes=5-1']) {
      expect(get('/islands/site-X.js', { range }), range).toMatchObject({
        kind: 'text',
        status: 416,
        headers: { 'content-range': 'bytes */500' },
      });
    }
  });

  it('ignores a malformed range, and a range whose If-Range no longer matches', () => {
    for (const range of ['bytes=abc', 'lines=1-2', 'bytes=']) {
      expect(get('/islands/site-X.js', { range }), range).toMatchObject({ status: 200, body: { start: 0, end: 499 } });
    }
    expect(get('/islands/site-X.js', { range: 'bytes=0-9', 'if-range': '"old"' })).toMatchObject({ status: 200 });
  });

  it('leaves paths it does not know to Next', () => {
    expect(get('/no/such/page')).toEqual({ kind: 'next' });
    expect(get('/tags/소식.html')).toEqual({ kind: 'next' });
  });

  it("answers Next's internal paths that are no file with the not-found page and 404, never a 500", () => {
    const notFound: SiteFile = { ...page, file: '404.html', br: { file: '404.html.br', size: 90 } };
    const withPage = { basePath: '', files, notFound };
    for (const url of [
      '/_next/static/chunks/old-build.js',
      '/_next/image?url=%2Fog%2Findex.png&w=640&q=75',
      '/_global-error',
    ]) {
      expect(
        answer({ method: 'GET', url, headers: { 'accept-encoding': 'br' } }, withPage, routing),
        url,
      ).toMatchObject({
        kind: 'file',
        status: 404,
        headers: { 'cache-control': 'no-store', 'content-encoding': 'br' },
        body: { file: '404.html.br' },
      });
    }
  });
});

describe("answer: the client's mistakes", () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS', 'CONNECT', 'BREW'])(
    'refuses %s with 405 and Allow',
    (method) => {
      expect(get(encoded, {}, method)).toMatchObject({
        status: 405,
        headers: { allow: 'GET, HEAD', connection: 'close' },
      });
      expect(get('/no/such/page', {}, method)).toMatchObject({ status: 405 });
    },
  );

  it('refuses a target that is not a path: *, absolute form, //host', () => {
    for (const url of ['*', 'http://evil.example/tags/x', '//evil.example/x']) {
      expect(get(url), url).toMatchObject({ kind: 'text', status: 400 });
    }
  });

  it('refuses a malformed percent-encoding and a NUL with 400', () => {
    expect(get('/tags/%ZZ')).toMatchObject({ status: 400, text: expect.stringContaining('percent-encoding') });
    expect(get('/tags/%E0%A4%A')).toMatchObject({ status: 400 });
    expect(get('/a%00b')).toMatchObject({ status: 400 });
  });

  it('refuses a target longer than a page path could be with 414', () => {
    expect(get(`/${'a'.repeat(5000)}`)).toMatchObject({ status: 414 });
  });
});

describe('answer: redirects', () => {
  it('sends a decomposed (NFD) Hangul path to its NFC page, keeping the query', () => {
    const nfd = `/tags/${encodeURIComponent('소식'.normalize('NFD'))}?a=1`;
    expect(get(nfd)).toMatchObject({ status: 308, headers: { location: `${encoded}?a=1` } });
  });

  it('sends an old path and the other trailing-slash form of a page where it lives, as a path', () => {
    expect(get('/tags/React')).toMatchObject({ status: 308, headers: { location: '/tags/react' } });
    expect(get(`${encoded}/`)).toMatchObject({ status: 308, headers: { location: encoded } });
  });
});

describe('answer: under a sub-path', () => {
  const blog = { basePath: '/blog', files };
  const at = (url: string) => answer({ method: 'GET', url, headers: {} }, blog, routing);

  it('answers under the base path only', () => {
    expect(at(`/blog${encoded}`)).toMatchObject({ status: 200 });
    expect(at(encoded)).toEqual({ kind: 'next' });
    expect(at('/blogroll')).toEqual({ kind: 'next' });
  });

  it('sends the base path itself to its home, and redirects under it', () => {
    expect(at('/blog')).toMatchObject({ status: 308, headers: { location: '/blog/' } });
    expect(at('/blog/tags/React')).toMatchObject({ status: 308, headers: { location: '/blog/tags/react' } });
  });
});

describe('acceptedEncodings and etagMatches', () => {
  it('reads Accept-Encoding with qualities and *', () => {
    expect([...acceptedEncodings('gzip;q=0.5, br;q=0')]).toEqual(['gzip']);
    expect(acceptedEncodings('*').has('br')).toBe(true);
    expect(acceptedEncodings(undefined).size).toBe(0);
  });

  it('compares ETags weakly, and * matches any', () => {
    expect(etagMatches('W/"a"', '"a"')).toBe(true);
    expect(etagMatches('*', '"a"')).toBe(true);
    expect(etagMatches('"b"', '"a"')).toBe(false);
  });
});
