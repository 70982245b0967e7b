import { afterAll, describe, expect, it, vi } from 'vitest';

import { buildPostIndex, type SourcePost } from './post-index';
import { buildSitemap } from './sitemap';
import { sourcePost } from './test-fixtures';

// lib/site.ts reads SITE_URL when it loads, before any test runs.
vi.hoisted(() => vi.stubEnv('SITE_URL', 'https://blog.example.com'));
afterAll(() => vi.unstubAllEnvs());

const SITE = 'https://blog.example.com';

const source = (n: number, overrides: Partial<SourcePost> = {}): SourcePost =>
  sourcePost(`post-${n}`, {
    displayTitle: `글 ${n}`,
    publishedAt: new Date(Date.UTC(2025, 0, n)).toISOString(),
    tagNames: ['블로그'],
    categoryPaths: [['개발', '웹']],
    summary: '',
    body: { html: '' },
    ...overrides,
  });

const index = buildPostIndex([
  ...Array.from({ length: 3 }, (_, i) => source(i + 1, i < 2 ? { seriesEntry: { name: '한글 검색' } } : {})),
  source(4, { tagNames: ['React'], categoryPaths: [['일상']], updatedAt: '2025-03-01T00:00:00.000Z' }),
  source(5, { isPublished: false, tagNames: ['비밀'], seriesEntry: { name: '비밀 시리즈' } }),
]);
const sitemap = buildSitemap(index, 2, [{ url: '/archives', posts: index.posts }]);
const lastModifiedOf = (path: string) => sitemap.find((entry) => entry.url === `${SITE}${path}`)?.lastModified;

describe('buildSitemap', () => {
  it('lists every page once, with absolute URLs', () => {
    expect(sitemap.map((entry) => entry.url.slice(SITE.length))).toEqual([
      '/',
      '/page/2',
      '/posts/post-4',
      '/posts/post-3',
      '/posts/post-2',
      '/posts/post-1',
      '/tags',
      '/tags/%EB%B8%94%EB%A1%9C%EA%B7%B8',
      '/tags/%EB%B8%94%EB%A1%9C%EA%B7%B8/page/2',
      '/tags/react',
      '/categories',
      '/categories/%EA%B0%9C%EB%B0%9C',
      '/categories/%EA%B0%9C%EB%B0%9C/page/2',
      '/categories/%EA%B0%9C%EB%B0%9C/%EC%9B%B9',
      '/categories/%EA%B0%9C%EB%B0%9C/%EC%9B%B9/page/2',
      '/categories/%EC%9D%BC%EC%83%81',
      '/series',
      '/series/%ED%95%9C%EA%B8%80-%EA%B2%80%EC%83%89',
      '/archives',
    ]);
  });

  it('leaves out unpublished posts and their tags', () => {
    expect(sitemap.some((entry) => /post-5|%EB%B9%84%EB%B0%80/.test(entry.url))).toBe(false);
  });

  it('dates a post by its update, else its publication', () => {
    expect(lastModifiedOf('/posts/post-4')).toEqual(new Date('2025-03-01T00:00:00.000Z'));
    expect(lastModifiedOf('/posts/post-1')).toEqual(new Date('2025-01-01T00:00:00.000Z'));
  });

  it('dates every page of a listing by the newest change among its posts', () => {
    expect(lastModifiedOf('/')).toEqual(new Date('2025-03-01T00:00:00.000Z'));
    expect(lastModifiedOf('/page/2')).toEqual(new Date('2025-03-01T00:00:00.000Z'));
    expect(lastModifiedOf('/tags/%EB%B8%94%EB%A1%9C%EA%B7%B8/page/2')).toEqual(new Date('2025-01-03T00:00:00.000Z'));
    expect(lastModifiedOf('/archives')).toEqual(new Date('2025-03-01T00:00:00.000Z'));
  });

  it('lists an empty site’s home page without a date', () => {
    expect(buildSitemap(buildPostIndex([]), 10)).toEqual([
      { url: `${SITE}/` },
      { url: `${SITE}/tags` },
      { url: `${SITE}/categories` },
    ]);
  });
});
