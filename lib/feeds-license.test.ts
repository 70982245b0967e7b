import Parser from 'rss-parser';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { renderFeed } from './feeds';
import { buildPostIndex, type SourcePost } from './post-index';
import { site } from './site';
import { sourcePost } from './test-fixtures';

// The fixture posts' settings, whose licence is CC BY-NC-SA 4.0 (lib/site.ts reads them on load).
vi.hoisted(() => {
  vi.stubEnv('SITE_URL', 'https://blog.example.com/');
  vi.stubEnv('SITE_CONFIG', 'e2e/fixtures/site.config.yml');
});
afterAll(() => vi.unstubAllEnvs());

const source = (slug: string, overrides: Partial<SourcePost> = {}): SourcePost =>
  sourcePost(slug, {
    displayTitle: slug,
    publishedAt: '2025-01-01T00:00:00Z',
    summary: '',
    body: { html: '<p>본문</p>' },
    ...overrides,
  });

const index = buildPostIndex(
  [source('shared'), source('own', { ownLicense: { name: 'All rights reserved', allRightsReserved: true } })],
  { license: site.license },
);
const feedOf = (format: 'rss' | 'atom') => renderFeed(format, { url: '/', feedUrl: '/feed.xml', posts: index.posts });

describe('licences in feeds', () => {
  it("states the site's licence as the RSS channel's <copyright>", async () => {
    const CC = 'CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/)';
    expect(feedOf('rss')).toContain(`<copyright>${CC}</copyright>`);
    const feed = await new Parser().parseString(feedOf('rss'));
    expect(feed.copyright).toBe(CC);
  });

  it("gives each Atom entry its own <rights>: the post's licence, else the site's", () => {
    const entries = feedOf('atom').split('<entry>').slice(1);
    const rights = (slug: string) =>
      entries.find((entry) => entry.includes(`/posts/${slug}`))?.match(/<rights>(.*)<\/rights>/)?.[1];
    expect(rights('shared')).toBe('CC BY-NC-SA 4.0 (https://creativecommons.org/licenses/by-nc-sa/4.0/)');
    expect(rights('own')).toBe('© 블로그 주인. 모든 권리 보유');
  });
});
