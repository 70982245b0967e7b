import { afterEach, describe, expect, it, vi } from 'vitest';

import { categoriesIndexUrl, categoryUrl, homeUrl, pageUrl, postUrl, tagsIndexUrl, tagUrl } from './urls';

describe('pageUrl', () => {
  it('gives page 1 (and anything below) the listing itself', () => {
    expect(pageUrl('/tags/react', 1)).toBe('/tags/react');
    expect(pageUrl('/tags/react', 0)).toBe('/tags/react');
    expect(pageUrl('/', 1)).toBe('/');
  });

  it('puts later pages under /page/N', () => {
    expect(pageUrl('/tags/react', 2)).toBe('/tags/react/page/2');
    expect(pageUrl('/', 3)).toBe('/page/3');
  });
});

describe('postUrl', () => {
  it('builds /posts/<slug>', () => {
    expect(postUrl('hello-world')).toBe('/posts/hello-world');
  });

  it('percent-encodes a Korean slug as UTF-8', () => {
    expect(postUrl('소식')).toBe('/posts/%EC%86%8C%EC%8B%9D');
    expect(decodeURIComponent(postUrl('첫-글'))).toBe('/posts/첫-글');
  });

  it('keeps a slug to one path segment', () => {
    expect(postUrl('a/b?c#d')).toBe('/posts/a%2Fb%3Fc%23d');
  });
});

describe('tagUrl and categoryUrl', () => {
  it('builds a tag listing and its later pages', () => {
    expect(tagUrl({ slug: 'c-sharp' })).toBe('/tags/c-sharp');
    expect(tagUrl({ slug: 'c-sharp' }, 2)).toBe('/tags/c-sharp/page/2');
    expect(tagUrl({ slug: '소식' })).toBe('/tags/%EC%86%8C%EC%8B%9D');
  });

  it('builds a category path from the top category down', () => {
    expect(categoryUrl({ slugs: ['개발', 'web'] })).toBe('/categories/%EA%B0%9C%EB%B0%9C/web');
    expect(categoryUrl({ slugs: ['dev', 'web'] }, 3)).toBe('/categories/dev/web/page/3');
  });

  it('encodes a slash inside one category slug', () => {
    expect(categoryUrl({ slugs: ['a/b'] })).toBe('/categories/a%2Fb');
  });

  it('exports the fixed index paths', () => {
    expect([homeUrl, tagsIndexUrl, categoriesIndexUrl]).toEqual(['/', '/tags', '/categories']);
  });
});

describe('absoluteUrl', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  // `site.url` is read from SITE_URL when lib/site.ts loads, so each case loads it afresh.
  async function loadAbsoluteUrl(siteUrl: string | undefined) {
    vi.stubEnv('SITE_URL', siteUrl);
    vi.resetModules();
    return (await import('./urls')).absoluteUrl;
  }

  it('prefixes the configured base URL without doubling the slash', async () => {
    const absoluteUrl = await loadAbsoluteUrl('https://blog.example.com/');
    expect(absoluteUrl('/posts/hello')).toBe('https://blog.example.com/posts/hello');
  });

  it('keeps a base path', async () => {
    const absoluteUrl = await loadAbsoluteUrl('https://example.com/blog');
    expect(absoluteUrl(postUrl('소식'))).toBe('https://example.com/blog/posts/%EC%86%8C%EC%8B%9D');
  });

  it('falls back to the local server without SITE_URL', async () => {
    const absoluteUrl = await loadAbsoluteUrl(undefined);
    expect(absoluteUrl('/')).toBe('http://localhost:3000/');
  });
});
