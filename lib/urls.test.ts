import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  archivesOgImageUrl,
  archivesPageUrl,
  archivesUrl,
  categoriesIndexUrl,
  categoryOgImageUrl,
  categoryFeedUrl,
  categoryUrl,
  feedUrl,
  homeUrl,
  monthSegment,
  pageUrl,
  postAssetUrl,
  postOgImageUrl,
  postUrl,
  siteOgImageUrl,
  tagFeedUrl,
  tagOgImageUrl,
  tagsIndexUrl,
  tagUrl,
} from './urls';

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

describe('postAssetUrl', () => {
  it('puts a file of the asset folder under its post, each segment encoded', () => {
    expect(postAssetUrl('hello-world', 'photo.png')).toBe('/posts/hello-world/photo.png');
    expect(postAssetUrl('첫-글', 'img/사진 1.png')).toBe(
      `/posts/${encodeURIComponent('첫-글')}/img/${encodeURIComponent('사진 1.png')}`,
    );
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

describe('archivesUrl', () => {
  it('builds the archive of every post, of a year and of a month', () => {
    expect(archivesUrl()).toBe('/archives');
    expect(archivesUrl(2025)).toBe('/archives/2025');
    expect(archivesUrl(2025, 1)).toBe('/archives/2025/01');
    expect(archivesUrl(2025, 12)).toBe('/archives/2025/12');
  });

  it('zero-pads the month segment, so each month has one URL', () => {
    expect(monthSegment(1)).toBe('01');
    expect(monthSegment(10)).toBe('10');
  });

  it('puts later pages of an archive listing under /page/N, and page 1 at the listing itself', () => {
    expect(archivesPageUrl({}, 1)).toBe('/archives');
    expect(archivesPageUrl({}, 2)).toBe('/archives/page/2');
    expect(archivesPageUrl({ year: 2025 }, 1)).toBe('/archives/2025');
    expect(archivesPageUrl({ year: 2025 }, 3)).toBe('/archives/2025/page/3');
    expect(archivesPageUrl({ year: 2025, month: 1 }, 2)).toBe('/archives/2025/01/page/2');
  });
});

describe('feed URLs', () => {
  it('puts the site feeds at the root', () => {
    expect([feedUrl('rss'), feedUrl('atom'), feedUrl('json')]).toEqual(['/feed.xml', '/atom.xml', '/feed.json']);
  });

  it('puts a tag or category feed beside its listing', () => {
    expect(tagFeedUrl({ slug: '소식' })).toBe('/tags/%EC%86%8C%EC%8B%9D/feed.xml');
    expect(categoryFeedUrl({ slugs: ['개발', 'web'] })).toBe('/categories/%EA%B0%9C%EB%B0%9C/web/feed.xml');
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

  it('keeps a port and a percent-encoded path', async () => {
    const absoluteUrl = await loadAbsoluteUrl('http://localhost:4000');
    expect(absoluteUrl(postUrl('소식'))).toBe('http://localhost:4000/posts/%EC%86%8C%EC%8B%9D');
  });

  it('falls back to the local server without SITE_URL', async () => {
    const absoluteUrl = await loadAbsoluteUrl(undefined);
    expect(absoluteUrl('/')).toBe('http://localhost:3000/');
  });
});

describe('Open Graph image URLs', () => {
  it("mirror the page's path under /og, as a PNG", () => {
    expect(siteOgImageUrl).toBe('/og/index.png');
    expect(postOgImageUrl('소식')).toBe('/og/posts/%EC%86%8C%EC%8B%9D.png');
    expect(tagOgImageUrl({ slug: 'c-plus-plus' })).toBe('/og/tags/c-plus-plus.png');
    expect(categoryOgImageUrl({ slugs: ['개발', '웹'] })).toBe(
      `/og/categories/${encodeURIComponent('개발')}/${encodeURIComponent('웹')}.png`,
    );
    expect(archivesOgImageUrl()).toBe('/og/archives.png');
    expect(archivesOgImageUrl(2025, 1)).toBe('/og/archives/2025/01.png');
  });
});
