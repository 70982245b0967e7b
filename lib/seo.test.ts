import { afterAll, describe, expect, it, vi } from 'vitest';

import type { ArchiveListing } from './archive-listings';
import { resolveArchivePage, type ArchiveParams } from './archive-pages';
import { groupByMonth } from './archives';
import { parseTimestamp } from './dates';
import { blogPostingJsonLd, categoryBreadcrumbJsonLd, postBreadcrumbJsonLd, serializeJsonLd } from './json-ld';
import type { Listing } from './listings';
import { paginate } from './pagination';
import { buildPostIndex, type Post, type SourcePost } from './post-index';
import {
  archiveMetadata,
  categoryMetadata,
  feedAlternates,
  homeMetadata,
  pageMetadata,
  postMetadata,
  tagMetadata,
} from './seo';
import { archivesPageUrl, categoryUrl, homePageUrl, tagUrl } from './urls';
import { sourcePost } from './test-fixtures';

// lib/site.ts reads SITE_URL when it loads, before any test runs.
vi.hoisted(() => vi.stubEnv('SITE_URL', 'https://blog.example.com'));
afterAll(() => vi.unstubAllEnvs());

const SITE = 'https://blog.example.com';

const source = (slug: string, overrides: Partial<SourcePost> = {}): SourcePost =>
  sourcePost(slug, {
    displayTitle: `글 ${slug}`,
    publishedAt: '2024-12-01T00:00:00.000Z',
    tagNames: ['블로그'],
    categoryPaths: [['개발', '웹']],
    ...overrides,
  });

const index = buildPostIndex([
  source('서울의-봄', {
    displayTitle: '서울의 봄 </script><script>alert(1)</script>',
    publishedAt: parseTimestamp('2025-01-10 00:35:33', 'Asia/Seoul').toISOString(),
    updatedAt: parseTimestamp('2025-02-01 09:00', 'Asia/Seoul').toISOString(),
    tagNames: ['React', '인공지능'],
    summary: '벚꽃이 피었습니다.',
  }),
  ...Array.from({ length: 14 }, (_, i) => source(`post-${i}`)),
  source('no-category', { categoryPaths: [] }),
]);
const post = index.getPost('서울의-봄')!;
const POST_URL = `${SITE}/posts/%EC%84%9C%EC%9A%B8%EC%9D%98-%EB%B4%84`;

const listing = (posts: readonly Post[], page: number, hrefOf: (n: number) => string): Listing => ({
  page: paginate(posts, page, 10)!,
  hrefOf,
});

const SITE_FEEDS = {
  'application/rss+xml': [{ title: '한글 블로그 (RSS)', url: `${SITE}/feed.xml` }],
  'application/atom+xml': [{ title: '한글 블로그 (Atom)', url: `${SITE}/atom.xml` }],
  'application/feed+json': [{ title: '한글 블로그 (JSON Feed)', url: `${SITE}/feed.json` }],
};

describe('pageMetadata', () => {
  it('gives a page its canonical URL, the site feeds, Open Graph and a large Twitter card', () => {
    expect(pageMetadata({ title: '모든 태그', description: '태그 목록', path: '/tags' })).toEqual({
      title: '모든 태그',
      description: '태그 목록',
      alternates: { canonical: `${SITE}/tags`, types: SITE_FEEDS },
      openGraph: {
        type: 'website',
        url: `${SITE}/tags`,
        title: '모든 태그',
        description: '태그 목록',
        siteName: '한글 블로그',
        locale: 'ko_KR',
        images: [{ url: `${SITE}/og/index.png`, width: 1200, height: 630, alt: '모든 태그' }],
      },
      twitter: {
        card: 'summary_large_image',
        title: '모든 태그',
        description: '태그 목록',
        images: [`${SITE}/og/index.png`],
      },
    });
  });

  it('shows the page’s own Open Graph image when it has one', () => {
    const metadata = pageMetadata({
      title: '2024년의 글',
      description: '',
      path: '/archives/2024',
      image: '/og/a.png',
    });
    expect(metadata.openGraph?.images).toEqual([
      { url: `${SITE}/og/a.png`, width: 1200, height: 630, alt: '2024년의 글' },
    ]);
    expect(metadata.twitter?.images).toEqual([`${SITE}/og/a.png`]);
  });

  it('leaves the title to the layout when there is none, and shows the site title instead', () => {
    const metadata = pageMetadata({ description: '소개', path: '/' });
    expect(metadata).not.toHaveProperty('title');
    expect(metadata.openGraph?.title).toBe('한글 블로그');
  });
});

describe('feedAlternates', () => {
  it('adds a page’s own RSS feed after the site’s', () => {
    const types = feedAlternates({ title: '태그: React', url: '/tags/react/feed.xml' });
    expect(types['application/rss+xml']).toEqual([
      { title: '한글 블로그 (RSS)', url: `${SITE}/feed.xml` },
      { title: '태그: React · 한글 블로그', url: `${SITE}/tags/react/feed.xml` },
    ]);
    expect(types['application/atom+xml']).toEqual(SITE_FEEDS['application/atom+xml']);
  });
});

describe('postMetadata', () => {
  const metadata = postMetadata(post);

  it('describes the post by its excerpt at its canonical URL', () => {
    expect(metadata).toMatchObject({
      title: post.title,
      description: '벚꽃이 피었습니다.',
      alternates: { canonical: POST_URL, types: SITE_FEEDS },
      twitter: { card: 'summary_large_image' },
      keywords: ['React', '인공지능'],
    });
  });

  it('is an Open Graph article with dates in the site’s offset, tags and section', () => {
    expect(metadata.openGraph).toEqual({
      type: 'article',
      url: POST_URL,
      title: post.title,
      description: '벚꽃이 피었습니다.',
      siteName: '한글 블로그',
      locale: 'ko_KR',
      images: [
        {
          url: `${SITE}/og/posts/%EC%84%9C%EC%9A%B8%EC%9D%98-%EB%B4%84.png`,
          width: 1200,
          height: 630,
          alt: post.title,
        },
      ],
      publishedTime: '2025-01-10T00:35:33+09:00',
      modifiedTime: '2025-02-01T09:00:00+09:00',
      authors: ['블로그 주인'],
      tags: ['React', '인공지능'],
      section: '개발',
    });
  });
});

describe('listing metadata', () => {
  const home = (page: number) => listing(index.posts, page, homePageUrl);

  it('gives the home page the site description and a canonical URL, and numbers later pages', () => {
    expect(homeMetadata(home(1))).toMatchObject({
      description: '생각과 기록을 모아 두는 블로그',
      alternates: { canonical: `${SITE}/` },
    });
    expect(homeMetadata(home(1))).not.toHaveProperty('title');
    expect(homeMetadata(home(2))).toMatchObject({
      title: '최근 글 (2)',
      description: '생각과 기록을 모아 두는 블로그 (2페이지 중 2페이지)',
      alternates: { canonical: `${SITE}/page/2` },
    });
  });

  it('describes a tag page in a sentence and advertises the tag’s feed', () => {
    const tag = index.getTag('블로그')!;
    const metadata = tagMetadata(
      tag,
      listing(index.getPostsByTag(tag), 2, (n) => tagUrl(tag, n)),
    );
    expect(metadata).toMatchObject({
      title: '태그: 블로그 (2)',
      description: '‘블로그’ 태그가 붙은 글 15개를 최신순으로 모았습니다. (2페이지 중 2페이지)',
      alternates: { canonical: `${SITE}/tags/%EB%B8%94%EB%A1%9C%EA%B7%B8/page/2` },
      openGraph: {
        type: 'website',
        url: `${SITE}/tags/%EB%B8%94%EB%A1%9C%EA%B7%B8/page/2`,
        images: [{ url: `${SITE}/og/tags/%EB%B8%94%EB%A1%9C%EA%B7%B8.png` }],
      },
    });
    expect(metadata.alternates?.types?.['application/rss+xml']).toContainEqual({
      title: '태그: 블로그 · 한글 블로그',
      url: `${SITE}/tags/%EB%B8%94%EB%A1%9C%EA%B7%B8/feed.xml`,
    });
  });

  it('names a category by its path and advertises the category’s feed', () => {
    const web = index.getCategory(['개발', '웹'])!;
    const metadata = categoryMetadata(
      web,
      listing(index.getPostsByCategory(web), 1, (n) => categoryUrl(web, n)),
    );
    expect(metadata).toMatchObject({
      title: '카테고리: 개발 › 웹',
      description: '‘개발 › 웹’ 카테고리의 글 15개를 최신순으로 모았습니다.',
      alternates: { canonical: `${SITE}/categories/%EA%B0%9C%EB%B0%9C/%EC%9B%B9` },
    });
    expect(metadata.alternates?.types?.['application/rss+xml']).toContainEqual({
      title: '카테고리: 개발 › 웹 · 한글 블로그',
      url: `${SITE}/categories/%EA%B0%9C%EB%B0%9C/%EC%9B%B9/feed.xml`,
    });
  });

  it('numbers later archive pages, and gives every page of an archive listing its image', () => {
    const archive = groupByMonth(index.posts, 'Asia/Seoul');
    const archiveListing = (params: ArchiveParams, title: string): ArchiveListing => {
      const found = resolveArchivePage(archive, params, 10)!;
      return { ...found, title, hrefOf: (n) => archivesPageUrl(found.period, n) };
    };
    expect(archiveMetadata(archiveListing({ page: '2' }, '아카이브'))).toMatchObject({
      title: '아카이브 (2)',
      description: '블로그의 모든 글을 연도와 달별로 모았습니다. (2페이지 중 2페이지)',
      alternates: { canonical: `${SITE}/archives/page/2` },
      openGraph: { url: `${SITE}/archives/page/2`, images: [{ url: `${SITE}/og/archives.png` }] },
    });
    expect(archiveMetadata(archiveListing({ year: '2024', month: '12' }, '2024년 12월의 글'))).toMatchObject({
      title: '2024년 12월의 글',
      description: '2024년 12월의 글 15개를 최신순으로 모았습니다.',
      alternates: { canonical: `${SITE}/archives/2024/12` },
      openGraph: { images: [{ url: `${SITE}/og/archives/2024/12.png` }] },
    });
    expect(archiveMetadata(archiveListing({ year: '2024', page: '2' }, '2024년의 글'))).toMatchObject({
      title: '2024년의 글 (2)',
      description: '2024년의 글 15개를 최신순으로 모았습니다. (2페이지 중 2페이지)',
      alternates: { canonical: `${SITE}/archives/2024/page/2` },
      openGraph: { images: [{ url: `${SITE}/og/archives/2024.png` }] },
    });
  });
});

describe('JSON-LD', () => {
  it('describes a post as a BlogPosting', () => {
    expect(blogPostingJsonLd(post)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: post.title,
      description: '벚꽃이 피었습니다.',
      datePublished: '2025-01-10T00:35:33+09:00',
      dateModified: '2025-02-01T09:00:00+09:00',
      author: { '@type': 'Person', name: '블로그 주인', url: `${SITE}/` },
      keywords: ['React', '인공지능'],
      articleSection: '개발 › 웹',
      url: POST_URL,
      mainEntityOfPage: { '@type': 'WebPage', '@id': POST_URL },
      inLanguage: 'ko',
      image: `${SITE}/og/posts/%EC%84%9C%EC%9A%B8%EC%9D%98-%EB%B4%84.png`,
      isPartOf: { '@type': 'Blog', name: '한글 블로그', url: `${SITE}/` },
    });
  });

  it("states the post's licence: the page of one that has it, else a work named after it", () => {
    const licensed = (license: Post['license']) => blogPostingJsonLd({ ...post, license }).license;
    expect(licensed(undefined)).toBeUndefined();
    expect(licensed({ name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' })).toBe(
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(licensed({ name: 'All rights reserved', allRightsReserved: true })).toEqual({
      '@type': 'CreativeWork',
      name: '모든 권리 보유',
    });
  });

  it('gives dateModified the publication date when the post was never updated', () => {
    const plain = index.getPost('post-0')!;
    expect(blogPostingJsonLd(plain).dateModified).toBe('2024-12-01T09:00:00+09:00');
  });

  const crumbs = (data: Record<string, unknown>) =>
    (data.itemListElement as { position: number; name: string; item: string }[]).map(
      ({ position, name, item }) => `${position} ${name} ${item}`,
    );

  it('places a post under its first category', () => {
    expect(postBreadcrumbJsonLd(post)['@type']).toBe('BreadcrumbList');
    expect(crumbs(postBreadcrumbJsonLd(post))).toEqual([
      `1 홈 ${SITE}/`,
      `2 카테고리 ${SITE}/categories`,
      `3 개발 ${SITE}/categories/%EA%B0%9C%EB%B0%9C`,
      `4 웹 ${SITE}/categories/%EA%B0%9C%EB%B0%9C/%EC%9B%B9`,
      `5 ${post.title} ${POST_URL}`,
    ]);
  });

  it('places a post without a category under home', () => {
    expect(crumbs(postBreadcrumbJsonLd(index.getPost('no-category')!))).toEqual([
      `1 홈 ${SITE}/`,
      `2 글 no-category ${SITE}/posts/no-category`,
    ]);
  });

  it('gives a category page its trail', () => {
    expect(crumbs(categoryBreadcrumbJsonLd(index.getCategory(['개발'])!))).toEqual([
      `1 홈 ${SITE}/`,
      `2 카테고리 ${SITE}/categories`,
      `3 개발 ${SITE}/categories/%EA%B0%9C%EB%B0%9C`,
    ]);
  });

  it('serializes so that no text can close the script, and parses back unchanged', () => {
    const data = blogPostingJsonLd(post);
    const json = serializeJsonLd(data);
    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c/script>');
    expect(JSON.parse(json)).toEqual(data);
  });
});
