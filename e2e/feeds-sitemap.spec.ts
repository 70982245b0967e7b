import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';

// Feeds carry the newest 20 posts; the fixture site's newest is 폴더 안의 글.
const FEED_SIZE = 20;
const rss = new Parser();
const xml = new XMLParser({ isArray: (name) => name === 'url' });

async function fetchText(request: APIRequestContext, path: string, mediaType: string): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toBe(`${mediaType}; charset=utf-8`);
  return response.text();
}

/** Every `<url>` of the sitemap. */
async function sitemapEntries(request: APIRequestContext): Promise<{ loc: string; lastmod?: string }[]> {
  const response = await request.get('/sitemap.xml');
  expect(response.headers()['content-type']).toContain('xml');
  return xml.parse(await response.text()).urlset.url;
}

/** The site's configured origin (SITE_URL), as the feeds give it. */
async function siteOrigin(request: APIRequestContext): Promise<string> {
  const feed = await rss.parseString(await fetchText(request, '/feed.xml', 'application/rss+xml'));
  return new URL(feed.link!).origin;
}

test('the site feeds carry the newest posts in RSS, Atom and JSON Feed', async ({ request }) => {
  const feed = await rss.parseString(await fetchText(request, '/feed.xml', 'application/rss+xml'));
  const origin = new URL(feed.link!).origin;
  // Posts live at /posts/<slug>, but for one with its own permalink (/notes/excerpt.html).
  const isPost = /\/(posts\/[^/]+|notes\/excerpt\.html)$/;
  const posts = (await sitemapEntries(request)).filter((entry) => isPost.test(entry.loc));
  expect(feed.title).toBe('한글 블로그');
  expect(feed.items).toHaveLength(Math.min(FEED_SIZE, posts.length));
  expect(feed.items.slice(0, 2).map((item) => item.title)).toEqual(['폴더 안의 글', '한국 시리즈 라이벌전']);
  expect(feed.items.map((item) => item.title)).not.toContain('아직 공개하지 않은 초안');
  // `date: 2024-09-01 07:00:00` is Seoul time: 22:00 the day before in UTC.
  expect(feed.items[0]!.pubDate).toBe('Sat, 31 Aug 2024 22:00:00 GMT');
  expect(feed.items[0]!.link).toBe(`${origin}/posts/folder-post`);
  for (const item of feed.items) expect(item.link).toMatch(isPost);
  const hello = feed.items.find((item) => item.title === 'Hello, World')!;
  expect(hello.categories).toContainEqual({ _: 'React', $: { domain: `${origin}/tags` } });
  expect(hello.categories).toContainEqual({ _: '개발/웹', $: { domain: `${origin}/categories` } });
  const gfm = feed.items.find((item) => item.title === 'GFM 문법 모음')!;
  // Heading anchors and footnotes point back to the post, absolutely.
  expect(gfm['content:encoded']).toContain(`href="${origin}/posts/gfm-showcase#`);
  expect(gfm['content:encoded']).not.toMatch(/(href|src)="[/#]/);

  const atom = await rss.parseString(await fetchText(request, '/atom.xml', 'application/atom+xml'));
  expect(atom.items.map((item) => item.title)).toEqual(feed.items.map((item) => item.title));
  expect(atom.items[0]!.pubDate).toBe('2024-08-31T22:00:00.000Z');

  const json = JSON.parse(await fetchText(request, '/feed.json', 'application/feed+json'));
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.feed_url).toBe(`${origin}/feed.json`);
  expect(json.items).toHaveLength(feed.items.length);
  expect(json.items[0]).toMatchObject({ title: '폴더 안의 글', url: `${origin}/posts/folder-post` });
  expect(new Date(json.items[0].date_published).toISOString()).toBe('2024-08-31T22:00:00.000Z');
});

test('each tag and category has its own RSS feed beside its listing', async ({ request }) => {
  const origin = await siteOrigin(request);
  const tag = await rss.parseString(await fetchText(request, '/tags/react/feed.xml', 'application/rss+xml'));
  expect(tag.title).toBe('태그: React · 한글 블로그');
  expect(tag.link).toBe(`${origin}/tags/react`);
  expect(tag.items.map((item) => item.title)).toEqual(['리액트 훅 정리', 'Hello, World']);

  const korean = await rss.parseString(
    await fetchText(request, `/tags/${encodeURIComponent('소식')}/feed.xml`, 'application/rss+xml'),
  );
  expect(korean.items.map((item) => item.title)).toEqual(['자모로 저장된 파일', '한글 제목: 서울의 봄']);

  const dev = await rss.parseString(
    await fetchText(request, `/categories/${encodeURIComponent('개발')}/feed.xml`, 'application/rss+xml'),
  );
  expect(dev.title).toBe('카테고리: 개발 · 한글 블로그');
  expect(dev.link).toBe(`${origin}/categories/%EA%B0%9C%EB%B0%9C`);
  expect(dev.feedUrl).toBe(`${origin}/categories/%EA%B0%9C%EB%B0%9C/feed.xml`);
  expect(dev.items).toHaveLength(11);

  const web = await rss.parseString(
    await fetchText(request, '/categories/%EA%B0%9C%EB%B0%9C/%EC%9B%B9/feed.xml', 'application/rss+xml'),
  );
  expect(web.title).toBe('카테고리: 개발 › 웹 · 한글 블로그');
  expect(web.items.map((item) => item.title)).toContain('GFM 문법 모음');

  for (const path of [
    '/tags/없는-태그/feed.xml',
    '/categories/없는-카테고리/feed.xml',
    '/categories/개발/page/2/feed.xml',
  ]) {
    expect((await request.get(encodeURI(path))).status(), path).toBe(404);
  }
});

test('the sitemap lists every page, each of which answers, and robots.txt points to it', async ({ request }) => {
  const origin = await siteOrigin(request);
  const entries = await sitemapEntries(request);
  const paths = entries.map((entry) => entry.loc.slice(origin.length));

  expect(entries.every((entry) => entry.loc.startsWith(`${origin}/`))).toBe(true);
  expect(new Set(paths).size).toBe(paths.length);
  expect(paths.filter((path) => path.startsWith('/posts/')).length).toBeGreaterThanOrEqual(18);
  expect(paths).toEqual(
    expect.arrayContaining([
      '/',
      '/page/2',
      '/posts/%EC%9E%90%EB%AA%A8-%ED%8C%8C%EC%9D%BC',
      '/tags',
      '/tags/react',
      '/tags/%EB%B8%94%EB%A1%9C%EA%B7%B8/page/2',
      '/categories',
      '/categories/%EA%B0%9C%EB%B0%9C/page/2',
      '/categories/%EC%8A%A4%ED%8F%AC%EC%B8%A0/%EC%95%BC%EA%B5%AC',
      '/archives',
    ]),
  );
  expect(paths.join(' ')).not.toMatch(/draft-post|%EB%B9%84%EA%B3%B5%EA%B0%9C/);
  // The archive, its 3 years and 16 months, each on one page: 19 posts fit on one (100 a page).
  const archives = paths.filter((path) => path.startsWith('/archives'));
  expect(archives).toEqual(expect.arrayContaining(['/archives', '/archives/2024', '/archives/2024/05']));
  expect(archives).toHaveLength(1 + 3 + 16);
  expect(archives.filter((path) => path.includes('/page/'))).toEqual([]);
  // react-hooks.md was updated on 2024-04-01 12:00 in Seoul.
  const hooks = entries.find((entry) => entry.loc.endsWith('/posts/react-hooks'))!;
  expect(new Date(hooks.lastmod!).toISOString()).toBe('2024-04-01T03:00:00.000Z');
  expect(entries.find((entry) => entry.loc === `${origin}/`)?.lastmod).toBe('2024-08-31T22:00:00.000Z');

  for (const path of paths) expect((await request.get(path)).status(), path).toBe(200);

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml`);
  expect(robots).toMatch(/User-Agent: \*/i);
});

test('a post page head has feed links, a canonical URL, Open Graph and JSON-LD', async ({ page, request }) => {
  const origin = await siteOrigin(request);
  await page.goto('/posts/hello-world');
  const head = page.locator('head');
  await expect(head.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    `${origin}/feed.xml`,
  );
  await expect(head.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    'href',
    `${origin}/atom.xml`,
  );
  await expect(head.locator('link[rel="alternate"][type="application/feed+json"]')).toHaveAttribute(
    'href',
    `${origin}/feed.json`,
  );
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', `${origin}/posts/hello-world`);
  const meta = (property: string) => head.locator(`meta[property="${property}"], meta[name="${property}"]`);
  await expect(meta('og:type')).toHaveAttribute('content', 'article');
  await expect(meta('og:title')).toHaveAttribute('content', 'Hello, World');
  await expect(meta('og:url')).toHaveAttribute('content', `${origin}/posts/hello-world`);
  await expect(meta('og:locale')).toHaveAttribute('content', 'ko_KR');
  await expect(meta('article:published_time')).toHaveAttribute('content', '2024-03-01T10:00:00+09:00');
  await expect(meta('article:tag')).toHaveCount(3);
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
  await expect(meta('og:image')).toHaveAttribute('content', `${origin}/og/posts/hello-world.png`);
  const image = await request.get('/og/posts/hello-world.png');
  expect([image.status(), image.headers()['content-type']]).toEqual([200, 'image/png']);
  await expect(meta('description')).toHaveAttribute('content', /^An English post about React/);

  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = scripts.map((text) => JSON.parse(text));
  const posting = data.find((item) => item['@type'] === 'BlogPosting');
  expect(posting).toMatchObject({
    '@context': 'https://schema.org',
    headline: 'Hello, World',
    datePublished: '2024-03-01T10:00:00+09:00',
    dateModified: '2024-03-01T10:00:00+09:00',
    url: `${origin}/posts/hello-world`,
    mainEntityOfPage: { '@id': `${origin}/posts/hello-world` },
    inLanguage: 'ko',
    keywords: ['React', 'JavaScript', '블로그'],
  });
  const breadcrumb = data.find((item) => item['@type'] === 'BreadcrumbList');
  expect(breadcrumb.itemListElement.map((crumb: { name: string }) => crumb.name)).toEqual([
    '홈',
    '카테고리',
    '개발',
    '웹',
    'Hello, World',
  ]);
});

test('tag and category pages advertise their own feed and a canonical URL per page', async ({ page, request }) => {
  const origin = await siteOrigin(request);
  await page.goto('/tags/react');
  const rssLinks = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(rssLinks).toHaveCount(2);
  await expect(rssLinks.nth(1)).toHaveAttribute('href', `${origin}/tags/react/feed.xml`);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${origin}/tags/react`);
  await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'website');

  await page.goto('/categories/개발/page/2');
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${origin}/categories/%EA%B0%9C%EB%B0%9C/page/2`,
  );
  await expect(rssLinks.nth(1)).toHaveAttribute('href', `${origin}/categories/%EA%B0%9C%EB%B0%9C/feed.xml`);
  await expect(page).toHaveTitle('카테고리: 개발 (2) · 한글 블로그');
  const [breadcrumb] = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) =>
    JSON.parse(text),
  );
  expect(breadcrumb['@type']).toBe('BreadcrumbList');
  expect(breadcrumb.itemListElement.at(-1)).toMatchObject({
    name: '개발',
    item: `${origin}/categories/%EA%B0%9C%EB%B0%9C`,
  });

  await page.goto('/page/2');
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${origin}/page/2`);
  await expect(rssLinks).toHaveCount(1);
});
