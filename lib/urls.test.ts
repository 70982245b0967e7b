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
  githubThreadsUrl,
  homePageUrl,
  homeUrl,
  monthSegment,
  postAssetUrl,
  postOgImageUrl,
  postPermalink,
  postUrl,
  seriesFeedUrl,
  seriesIndexUrl,
  seriesUrl,
  siteOgImageUrl,
  tagFeedUrl,
  tagOgImageUrl,
  tagsIndexUrl,
  tagUrl,
  siteLink,
  withoutBase,
} from './urls';

describe('series', () => {
  it('gives the index, each series and its feed their URLs, the slug percent-encoded', () => {
    expect(seriesIndexUrl).toBe('/series');
    expect(seriesUrl({ slug: '한글-검색-만들기' })).toBe(
      '/series/%ED%95%9C%EA%B8%80-%EA%B2%80%EC%83%89-%EB%A7%8C%EB%93%A4%EA%B8%B0',
    );
    expect(seriesFeedUrl({ slug: 'c#' })).toBe('/series/c%23/feed.xml');
  });
});

describe('listing pages', () => {
  it('gives page 1 (and anything below) the listing itself', () => {
    expect(tagUrl({ slug: 'react' }, 1)).toBe('/tags/react');
    expect(tagUrl({ slug: 'react' }, 0)).toBe('/tags/react');
    expect(homePageUrl(1)).toBe('/');
  });

  it('puts later pages under /page/N', () => {
    expect(tagUrl({ slug: 'react' }, 2)).toBe('/tags/react/page/2');
    expect(homePageUrl(3)).toBe('/page/3');
  });
});

describe('postUrl', () => {
  it("is the post's permalink", () => {
    expect(postUrl({ permalink: '/posts/hello-world' })).toBe('/posts/hello-world');
    expect(postUrl({ permalink: '/2015/01/15/tic-tac-toe/' })).toBe('/2015/01/15/tic-tac-toe/');
  });

  it('percent-encodes each segment as UTF-8', () => {
    expect(postUrl({ permalink: '/posts/소식' })).toBe('/posts/%EC%86%8C%EC%8B%9D');
    expect(decodeURIComponent(postUrl({ permalink: '/개발/첫 글.html' }))).toBe('/개발/첫 글.html');
    expect(postUrl({ permalink: '/posts/a?b#c' })).toBe('/posts/a%3Fb%23c');
  });
});

const post = {
  title: 'Blog/hexo-blog',
  name: 'hexo-blog',
  postTitle: 'Hexo 블로그',
  // 00:30 on 1 January in Seoul, still 31 December in UTC.
  date: new Date('2024-12-31T15:30:00Z'),
  categories: ['개발'],
  fields: {},
};

describe('postPermalink with the default pattern (posts/:name)', () => {
  it('keeps the URLs the site has always had', () => {
    expect(postPermalink(post)).toBe('/posts/hexo-blog');
  });

  it("lets a post's own permalink win, in the site's style", () => {
    expect(postPermalink({ ...post, fields: { permalink: 'about-me/' } })).toBe('/about-me');
    expect(postPermalink({ ...post, fields: { permalink: '/old/page.html' } })).toBe('/old/page.html');
  });
});

describe("with Hexo's pattern :year/:month/:day/:title/", () => {
  const load = async () => {
    vi.stubEnv('SITE_CONFIG', 'e2e/fixtures/hexo-site.config.yml');
    vi.resetModules();
    return import('./urls');
  };
  afterEach(() => vi.unstubAllEnvs());

  it("reads the date in the site's time zone and keeps subfolders", async () => {
    const urls = await load();
    expect(urls.postPermalink(post)).toBe('/2025/01/01/Blog/hexo-blog/');
  });

  it('ends every page path in a slash, but not files', async () => {
    const urls = await load();
    expect(urls.trailingSlash).toBe(true);
    expect(urls.tagUrl({ slug: 'react' })).toBe('/tags/react/');
    expect(urls.tagUrl({ slug: 'react' }, 2)).toBe('/tags/react/page/2/');
    expect(urls.tagUrl({ slug: 'node.js' })).toBe('/tags/node.js');
    expect(urls.categoryUrl({ slugs: ['개발', '웹'] })).toBe(
      `/categories/${encodeURIComponent('개발')}/${encodeURIComponent('웹')}/`,
    );
    expect(urls.archivesPageUrl({ year: 2025 }, 2)).toBe('/archives/2025/page/2/');
    expect([urls.tagsIndexUrl, urls.categoriesIndexUrl, urls.archivesIndexUrl, urls.searchPageUrl]).toEqual([
      '/tags/',
      '/categories/',
      '/archives/',
      '/search/',
    ]);
    expect(urls.searchUrl({ q: '한글' })).toBe(`/search/?q=${encodeURIComponent('한글')}`);
    expect(urls.homePageUrl(2)).toBe('/page/2/');
    expect(urls.homeUrl).toBe('/');
    expect(urls.tagFeedUrl({ slug: 'react' })).toBe('/tags/react/feed.xml');
    expect(urls.tagOgImageUrl({ slug: 'react' })).toBe('/og/tags/react.png');
    expect(urls.sitePageUrl({ path: 'about' })).toBe('/about/');
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
    expect(absoluteUrl(postUrl({ permalink: '/posts/소식' }))).toBe('http://localhost:4000/posts/%EC%86%8C%EC%8B%9D');
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

describe('under a sub-path (SITE_URL=https://user.github.io/blog)', () => {
  const load = async (config = 'site.config.yml') => {
    vi.stubEnv('SITE_CONFIG', config);
    vi.stubEnv('SITE_URL', 'https://user.github.io/blog/');
    vi.resetModules();
    return import('./urls');
  };
  afterEach(() => vi.unstubAllEnvs());

  it('puts every URL under the base path, and keeps paths on the site without it', async () => {
    const urls = await load();
    expect(urls.basePath).toBe('/blog');
    expect(urls.homeUrl).toBe('/blog/');
    expect(urls.homePageUrl(2)).toBe('/blog/page/2');
    expect(urls.postUrl({ permalink: '/posts/소식' })).toBe(`/blog/posts/${encodeURIComponent('소식')}`);
    expect(urls.postPermalink(post)).toBe('/posts/hexo-blog');
    expect(urls.postAssetUrl('a', 'b.png')).toBe('/blog/posts/a/b.png');
    expect(urls.staticFileUrl('/images/사진.png')).toBe(`/blog/images/${encodeURIComponent('사진.png')}`);
    expect(urls.tagUrl({ slug: 'react' }, 2)).toBe('/blog/tags/react/page/2');
    expect(urls.categoryFeedUrl({ slugs: ['개발'] })).toBe(`/blog/categories/${encodeURIComponent('개발')}/feed.xml`);
    expect([urls.tagsIndexUrl, urls.archivesUrl(2025, 1), urls.searchUrl({ q: 'a' })]).toEqual([
      '/blog/tags',
      '/blog/archives/2025/01',
      '/blog/search?q=a',
    ]);
    expect([urls.feedUrl('rss'), urls.sitemapUrl, urls.searchIndexUrl]).toEqual([
      '/blog/feed.xml',
      '/blog/sitemap.xml',
      '/blog/search-index',
    ]);
    expect([urls.siteOgImageUrl, urls.postOgImageUrl('a')]).toEqual(['/blog/og/index.png', '/blog/og/posts/a.png']);
    expect(urls.pretendardStylesheetUrl).toMatch(/^\/blog\/fonts\//);
    expect(urls.sitePageUrl({ path: 'about' })).toBe('/blog/about');
    expect(urls.islandsUrl('islands')).toBe('/blog/islands');
  });

  it('makes absolute URLs from the origin, so the base path appears once', async () => {
    const urls = await load();
    expect(urls.absoluteUrl(urls.tagUrl({ slug: 'react' }))).toBe('https://user.github.io/blog/tags/react');
    expect(urls.absoluteImageUrl('/blog/og/index.png')).toBe('https://user.github.io/blog/og/index.png');
  });

  it('turns a URL back into its path on the site, and leaves others', async () => {
    const urls = await load();
    expect(urls.withoutBase('/blog/tags/x')).toBe('/tags/x');
    expect(urls.withoutBase('/blog/')).toBe('/');
    expect(urls.withoutBase('/blog')).toBe('/');
    expect(urls.withoutBase('/blogroll')).toBe('/blogroll');
    expect(urls.withoutBase('/tags/x')).toBe('/tags/x');
  });

  it("gives a writer's root-relative links the base path once", async () => {
    const urls = await load();
    expect(urls.siteLink('/about/')).toBe('/blog/about/');
    expect(urls.siteLink('/blogroll')).toBe('/blog/blogroll');
    expect(urls.siteLink('/blog/about/')).toBe('/blog/about/');
    expect(urls.siteLink('/blog')).toBe('/blog');
    expect(urls.siteLink('/blog?x#y')).toBe('/blog?x#y');
    for (const other of ['https://example.com/a', '//cdn.example.com/a.js', '#top', 'a.png', 'mailto:a@b.c'])
      expect(urls.siteLink(other)).toBe(other);
  });

  it("keeps a Hexo pattern's trailing slash under the base path", async () => {
    const urls = await load('e2e/fixtures/hexo-site.config.yml');
    expect(urls.postPermalink(post)).toBe('/2025/01/01/Blog/hexo-blog/');
    expect(urls.postUrl({ permalink: '/2025/01/01/Blog/hexo-blog/' })).toBe('/blog/2025/01/01/Blog/hexo-blog/');
    expect(urls.tagUrl({ slug: 'react' })).toBe('/blog/tags/react/');
  });
});

describe('at the root of a host', () => {
  it('changes nothing', () => {
    expect(siteLink('/about/')).toBe('/about/');
    expect(withoutBase('/tags/x')).toBe('/tags/x');
  });
});

describe('githubThreadsUrl', () => {
  it("searches the repository's discussions (giscus) or issues (utterances) for the thread's title", () => {
    expect(githubThreadsUrl({ provider: 'giscus', repo: 'owner/blog' }, '한글')).toBe(
      `https://github.com/owner/blog/discussions?discussions_q=${encodeURIComponent('in:title "한글"')}`,
    );
    expect(githubThreadsUrl({ provider: 'utterances', repo: 'owner/blog' }, 'posts/a')).toBe(
      `https://github.com/owner/blog/issues?q=${encodeURIComponent('is:issue in:title "posts/a"')}`,
    );
  });
});
