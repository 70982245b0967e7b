import { describe, expect, it } from 'vitest';

import { headersFile, redirectHtml, redirectPages, redirectsFile } from './export-redirects';

const root = { basePath: '', origin: 'https://blog.example.com', language: 'ko' };
const underBlog = { basePath: '/blog', origin: 'https://user.github.io', language: 'ko' };

describe('redirectPages', () => {
  it('writes a page at each old path, with and without the slash, as a static host looks them up', () => {
    const { pages, skipped } = redirectPages({ '/tags/React': '/tags/react', '/tags/React/': '/tags/react' }, root);
    expect(pages.map((page) => page.file)).toEqual(['tags/React.html', 'tags/React/index.html']);
    expect(skipped).toEqual([]);
  });

  it('names the files by decoded NFC paths', () => {
    const { pages } = redirectPages({ '/categories/개발/웹/': '/categories/개발/웹' }, root);
    expect(pages[0]!.file).toBe('categories/개발/웹/index.html');
  });

  it('writes an old .html path at exactly that file, and gives it no folder', () => {
    const { pages } = redirectPages({ '/2015/a.html': '/posts/a', '/2015/a.html/': '/posts/a' }, root);
    expect(pages.map((page) => page.file)).toEqual(['2015/a.html']);
  });

  it('gives an old path that names another kind of file no page, and says so', () => {
    const { pages, skipped } = redirectPages({ '/old/feed.xml': '/feed.xml', '/a': '/b' }, root);
    expect(pages.map((page) => page.from)).toEqual(['/a']);
    expect(skipped).toEqual(['/old/feed.xml']);
  });
});

describe('redirectHtml', () => {
  it('sends the reader on at once, names the page for search engines and keeps itself out of the index', () => {
    const html = redirectHtml('/tags/소식', root);
    const url = `/tags/${encodeURIComponent('소식')}`;
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${url}">`);
    expect(html).toContain(`<link rel="canonical" href="https://blog.example.com${url}">`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain(`<a href="${url}">/tags/소식</a>`);
    expect(html).toMatch(/^<!DOCTYPE html><html lang="ko">/);
  });

  it('leads under the base path of a site under a sub-path', () => {
    const html = redirectHtml('/2015/01/15/hello/', underBlog);
    expect(html).toContain('url=/blog/2015/01/15/hello/"');
    expect(html).toContain('href="https://user.github.io/blog/2015/01/15/hello/"');
  });

  it('escapes what it writes into HTML', () => {
    const html = redirectHtml('/posts/a"b<c>', root);
    expect(html).not.toMatch(/a"b|<c>/);
  });
});

describe('redirectsFile', () => {
  it('lists every old path with its target and 301, encoded and under the base path', () => {
    expect(redirectsFile({ '/tags/React': '/tags/react', '/태그/': '/tags/소식' }, underBlog)).toBe(
      `/blog/tags/React /blog/tags/react 301\n/blog/${encodeURIComponent('태그')}/ /blog/tags/${encodeURIComponent('소식')} 301\n`,
    );
    expect(redirectsFile({}, root)).toBe('');
  });
});

describe('headersFile', () => {
  it('caches the files with hashed names for a year, under the base path', () => {
    expect(headersFile(underBlog)).toContain(
      '/blog/_next/static/*\n  Cache-Control: public, max-age=31536000, immutable',
    );
    expect(headersFile(root)).toMatch(/^\/_next\/static\/\*$/m);
  });
});
