import Parser from 'rss-parser';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { parseTimestamp } from './dates';
import { FEED_MEDIA_TYPES, FEED_SIZE, feedResponse, renderFeed, type FeedSource } from './feeds';
import { buildPostIndex, type SourcePost } from './post-index';
import { sourcePost } from './test-fixtures';

// lib/site.ts reads SITE_URL when it loads, before any test runs.
vi.hoisted(() => vi.stubEnv('SITE_URL', 'https://blog.example.com/'));
afterAll(() => vi.unstubAllEnvs());

const SITE = 'https://blog.example.com';

/** A post as the content layer hands it over, one a day from 2024-12-01, newest last. */
function source(n: number, overrides: Partial<SourcePost> = {}): SourcePost {
  return sourcePost(`post-${n}`, {
    permalink: `/posts/${overrides.slug ?? `post-${n}`}`,
    displayTitle: `글 ${n}`,
    publishedAt: new Date(Date.UTC(2024, 11, 1 + n)).toISOString(),
    tagNames: ['블로그'],
    categoryPaths: [['개발', '웹']],
    summary: `요약 ${n}`,
    body: { html: `<p>본문 ${n}</p>` },
    ...overrides,
  });
}

// The post every format is checked on: a Seoul wall-clock date, Korean text, markup to escape,
// relative links of every kind and a `]]>` that would end a CDATA section twice.
const special = source(100, {
  slug: '서울의-봄',
  displayTitle: '서울의 봄: A & B <C>',
  publishedAt: parseTimestamp('2025-01-10 00:35:33', 'Asia/Seoul').toISOString(),
  updatedAt: parseTimestamp('2025-02-01 09:00', 'Asia/Seoul').toISOString(),
  tagNames: ['React', '인공지능', 'A&B'],
  categoryPaths: [['개발', '웹'], ['일상']],
  summary: '벚꽃이 피면 x < y & z',
  body: {
    html: [
      '<h2 id="봄"><a href="#봄">봄</a></h2>',
      '<p>벚꽃이 피었습니다.<sup><a href="#fn-1" id="fnref-1">1</a></sup></p>',
      '<p><a href="/posts/other">다른 글</a> <a href="https://example.com/x?a=1&amp;b=2">밖</a> <a href="mailto:me@example.com">메일</a></p>',
      '<p><img src="images/봄.png" alt="봄" srcset="images/a.png 1x, /b.png 2x"></p>',
      '<pre><code>&lt;/script&gt; a ]]> b ]]> c</code></pre>',
    ].join('\n'),
  },
});

const index = buildPostIndex([...Array.from({ length: 24 }, (_, i) => source(i)), special]);
const siteFeed: FeedSource = { url: '/', feedUrl: '/feed.xml', posts: index.posts };
const POST_URL = `${SITE}/posts/%EC%84%9C%EC%9A%B8%EC%9D%98-%EB%B4%84`;
const SEOUL_INSTANT = '2025-01-09T15:35:33.000Z';

// rss-parser's types leave out fields it does read; these are the ones the tests look at.
interface ParsedItem {
  id?: string;
  author?: string;
  'content:encoded'?: string;
  atomCategories?: { $: Record<string, string> }[];
}

const parser = new Parser<{ language?: string; lastBuildDate?: string }, ParsedItem>({
  customFields: { item: [['category', 'atomCategories', { keepArray: true }]] },
});

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

describe('renderFeed: RSS 2.0', async () => {
  const xml = renderFeed('rss', siteFeed);
  const feed = await parser.parseString(xml);
  const [first] = feed.items;

  it('carries the newest 20 posts, newest first', () => {
    expect(feed.items).toHaveLength(FEED_SIZE);
    expect(feed.items.map((item) => item.title)).toEqual(index.posts.slice(0, 20).map((post) => post.title));
    expect(first?.title).toBe('서울의 봄: A & B <C>');
    expect(feed.items.at(-1)?.title).toBe('글 5');
  });

  it('describes the site with absolute links', () => {
    expect(feed.title).toBe('한글 블로그');
    expect(feed.link).toBe(`${SITE}/`);
    expect(feed.feedUrl).toBe(`${SITE}/feed.xml`);
    expect(feed.language).toBe('ko');
    expect(feed.lastBuildDate).toBe(new Date(special.updatedAt!).toUTCString());
  });

  it('dates items in RFC 822, at the instant the Seoul wall clock meant', () => {
    expect(first?.pubDate).toMatch(RFC_822);
    expect(first?.pubDate).toBe('Thu, 09 Jan 2025 15:35:33 GMT');
    expect(first?.isoDate).toBe(SEOUL_INSTANT);
  });

  it('links each item to its absolute URL, which is also its permanent guid', () => {
    expect(first?.link).toBe(POST_URL);
    expect(first?.guid).toBe(POST_URL);
    expect(xml).toContain(`<guid isPermaLink="true">${POST_URL}</guid>`);
  });

  it('names the author in dc:creator', () => {
    expect(first?.creator).toBe('블로그 주인');
  });

  it('lists tags and category paths in their taxonomies', () => {
    expect(first?.categories).toEqual([
      { _: 'React', $: { domain: `${SITE}/tags` } },
      { _: '인공지능', $: { domain: `${SITE}/tags` } },
      { _: 'A&B', $: { domain: `${SITE}/tags` } },
      { _: '개발/웹', $: { domain: `${SITE}/categories` } },
      { _: '일상', $: { domain: `${SITE}/categories` } },
    ]);
  });

  it('gives the full content with absolute URLs, Korean intact', () => {
    const html = first?.['content:encoded'];
    expect(html).toContain(`<a href="${POST_URL}#%EB%B4%84">봄</a>`);
    expect(html).toContain(`<a href="${POST_URL}#fn-1" id="fnref-1">1</a>`);
    expect(html).toContain(`<a href="${SITE}/posts/other">다른 글</a>`);
    expect(html).toContain('<a href="https://example.com/x?a=1&#x26;b=2">밖</a>');
    expect(html).toContain('<a href="mailto:me@example.com">메일</a>');
    expect(html).toContain(`src="${SITE}/posts/images/%EB%B4%84.png"`);
    expect(html).toContain(`srcset="${SITE}/posts/images/a.png 1x, ${SITE}/b.png 2x"`);
    expect(html).toContain('벚꽃이 피었습니다.');
    expect(html).not.toMatch(/(href|src)="\//);
  });

  it('keeps markup in code escaped and survives `]]>` in it', () => {
    const html = first?.['content:encoded'];
    expect(html).toContain('<code>&#x3C;/script> a ]]&gt; b ]]&gt; c</code>');
  });

  it('gives the excerpt as escaped HTML in the description', () => {
    expect(first?.content).toBe('벚꽃이 피면 x &lt; y &amp; z');
    expect(first?.contentSnippet).toBe('벚꽃이 피면 x < y & z');
  });
});

describe('renderFeed: Atom 1.0', async () => {
  const xml = renderFeed('atom', { ...siteFeed, feedUrl: '/atom.xml' });
  const feed = await parser.parseString(xml);
  const [first] = feed.items;

  it('carries the newest 20 posts, newest first, under the site', () => {
    expect(feed.items).toHaveLength(FEED_SIZE);
    expect(feed.items.map((item) => item.link)).toEqual(
      index.posts.slice(0, 20).map((post) => `${SITE}/posts/${encodeURIComponent(post.slug)}`),
    );
    expect(feed.link).toBe(`${SITE}/`);
    expect(feed.feedUrl).toBe(`${SITE}/atom.xml`);
    expect(feed.lastBuildDate).toBe(new Date(special.updatedAt!).toISOString());
  });

  it('gives ids, published and updated dates as ISO 8601 with an offset', () => {
    expect(first?.id).toBe(POST_URL);
    expect(first?.pubDate).toBe(SEOUL_INSTANT);
    expect(xml).toContain(`<published>${SEOUL_INSTANT}</published>`);
    expect(xml).toContain(`<updated>${new Date(special.updatedAt!).toISOString()}</updated>`);
    for (const date of xml.match(/(?<=<(published|updated)>)[^<]+/g)!) expect(date).toMatch(ISO_WITH_OFFSET);
  });

  it('writes the title and summary as escaped HTML, as type="html" says', () => {
    expect(first?.title).toBe('서울의 봄: A &amp; B &lt;C&gt;');
    expect(first?.summary).toBe('벚꽃이 피면 x &lt; y &amp; z');
    expect(first?.author).toBe('블로그 주인');
  });

  it('gives every category a term (the slug), a label and a scheme', () => {
    expect(first?.atomCategories?.map((category) => category.$)).toEqual([
      { term: 'react', label: 'React', scheme: `${SITE}/tags` },
      { term: '인공지능', label: '인공지능', scheme: `${SITE}/tags` },
      { term: 'a-and-b', label: 'A&B', scheme: `${SITE}/tags` },
      { term: '개발/웹', label: '개발/웹', scheme: `${SITE}/categories` },
      { term: '일상', label: '일상', scheme: `${SITE}/categories` },
    ]);
  });

  it('gives the full content with absolute URLs', () => {
    expect(first?.content).toContain(`<a href="${SITE}/posts/other">다른 글</a>`);
    expect(first?.content).toContain('벚꽃이 피었습니다.');
  });
});

describe('renderFeed: JSON Feed 1.1', () => {
  const feed = JSON.parse(renderFeed('json', { ...siteFeed, feedUrl: '/feed.json' }));
  const [first] = feed.items;

  it('is version 1.1, in Korean, with its own and the site URL', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: '한글 블로그',
      home_page_url: `${SITE}/`,
      feed_url: `${SITE}/feed.json`,
      language: 'ko',
      authors: [{ name: '블로그 주인', url: `${SITE}/` }],
    });
  });

  it('carries the newest 20 posts, newest first', () => {
    expect(feed.items).toHaveLength(FEED_SIZE);
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(
      index.posts.slice(0, 20).map((post) => `${SITE}/posts/${encodeURIComponent(post.slug)}`),
    );
  });

  it('gives text fields as text and the content as HTML with absolute URLs', () => {
    expect(first).toMatchObject({
      id: POST_URL,
      url: POST_URL,
      title: '서울의 봄: A & B <C>',
      summary: '벚꽃이 피면 x < y & z',
      tags: ['React', '인공지능', 'A&B', '개발/웹', '일상'],
      authors: [{ name: '블로그 주인', url: `${SITE}/` }],
    });
    expect(first.content_html).toContain(`<a href="${SITE}/posts/other">다른 글</a>`);
    // JSON needs no CDATA: the code is exactly as the Markdown pipeline rendered it.
    expect(first.content_html).toContain('<code>&#x3C;/script> a ]]> b ]]> c</code>');
  });

  it('dates items in ISO 8601 with an offset', () => {
    expect(first.date_published).toMatch(ISO_WITH_OFFSET);
    expect(new Date(first.date_published).toISOString()).toBe(SEOUL_INSTANT);
    expect(new Date(first.date_modified).toISOString()).toBe(new Date(special.updatedAt!).toISOString());
  });
});

describe('renderFeed: a listing feed', () => {
  const tag = index.getTag('react')!;
  const source: FeedSource = {
    title: '태그: React',
    url: '/tags/react',
    feedUrl: '/tags/react/feed.xml',
    posts: index.getPostsByTag(tag),
  };

  it('names the listing and the site, and links both', async () => {
    const feed = await parser.parseString(renderFeed('rss', source));
    expect(feed.title).toBe('태그: React · 한글 블로그');
    expect(feed.link).toBe(`${SITE}/tags/react`);
    expect(feed.feedUrl).toBe(`${SITE}/tags/react/feed.xml`);
    expect(feed.items.map((item) => item.title)).toEqual(['서울의 봄: A & B <C>']);
  });

  it('is still a valid feed when the listing is empty', async () => {
    const feed = await parser.parseString(renderFeed('atom', { ...source, posts: [] }));
    expect(feed.items).toEqual([]);
    expect(feed.lastBuildDate).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('renderFeed: text XML cannot hold', () => {
  it('drops control characters and breaks `]]>` in a plain-text title', async () => {
    const posts = buildPostIndex([
      source(1, { displayTitle: 'a\u0001b ]]> c ]]> d', summary: 'x\u000Cy', body: { html: '<p>z\u0000</p>' } }),
    ]).posts;
    const feed = await parser.parseString(renderFeed('rss', { ...siteFeed, posts }));
    expect(feed.items[0]?.title).toBe('ab ]]\u200B> c ]]\u200B> d');
    expect(feed.items[0]?.content).toBe('xy');
  });
});

describe('feedResponse', () => {
  it.each(['rss', 'atom', 'json'] as const)('answers %s with its media type in UTF-8', async (format) => {
    const response = feedResponse(format, siteFeed);
    expect(response.headers.get('content-type')).toBe(`${FEED_MEDIA_TYPES[format]}; charset=utf-8`);
    expect(await response.text()).toContain('서울의 봄');
  });
});
