import { describe, expect, it } from 'vitest';

import nextConfig from '../../next.config';
import { reverseRewrites, type Rewrite } from './export-rewrites';

const categoryFeeds = { source: '/categories/:path+/feed.xml', destination: '/category-feeds/:path+' };

describe('reverseRewrites', () => {
  it("gives a rewrite's destination the source path readers request", () => {
    const publicPath = reverseRewrites([categoryFeeds]);
    expect(publicPath('/category-feeds/개발')).toBe('/categories/개발/feed.xml');
    expect(publicPath('/category-feeds/개발/웹/프런트엔드')).toBe('/categories/개발/웹/프런트엔드/feed.xml');
    expect(publicPath('/category-feeds/日本')).toBe('/categories/日本/feed.xml');
  });

  it("reverses the site's own rewrites (next.config.ts)", async () => {
    const rewrites = await nextConfig.rewrites!();
    const all: Rewrite[] = Array.isArray(rewrites)
      ? rewrites
      : [...(rewrites.beforeFiles ?? []), ...(rewrites.afterFiles ?? []), ...(rewrites.fallback ?? [])];
    expect(reverseRewrites(all)('/category-feeds/개발/웹')).toBe('/categories/개발/웹/feed.xml');
  });

  it('leaves routes no rewrite reaches where they are', () => {
    const publicPath = reverseRewrites([categoryFeeds]);
    expect(publicPath('/categories/개발')).toBe('/categories/개발');
    expect(publicPath('/category-feeds')).toBe('/category-feeds');
    expect(publicPath('/tags/react/feed.xml')).toBe('/tags/react/feed.xml');
  });

  it('reverses a parameter with literal text around it in one segment', () => {
    const publicPath = reverseRewrites([{ source: '/:year/:slug.html', destination: '/posts/:slug/:year' }]);
    expect(publicPath('/posts/안녕/2024')).toBe('/2024/안녕.html');
    expect(publicPath('/posts/v1.2/2024')).toBe('/2024/v1.2.html');
  });

  it('reverses :name parameters that are whole segments', () => {
    const publicPath = reverseRewrites([{ source: '/blog/:year/:slug', destination: '/posts/:slug/:year' }]);
    expect(publicPath('/posts/hello/2024')).toBe('/blog/2024/hello');
    expect(publicPath('/posts/hello/2024/extra')).toBe('/posts/hello/2024/extra');
  });

  it('fails, naming the rewrite, on what a static host cannot do', () => {
    expect(() => reverseRewrites([{ ...categoryFeeds, has: [{ type: 'header', key: 'x' }] }])).toThrow(
      /\/categories\/:path\+\/feed\.xml → \/category-feeds\/:path\+: conditions/,
    );
    expect(() => reverseRewrites([{ source: '/docs/:path*', destination: 'https://docs.example.com/:path*' }])).toThrow(
      /another site/,
    );
    expect(() => reverseRewrites([{ source: '/a/:id', destination: '/b?id=:id' }])).toThrow(/query/);
    expect(() => reverseRewrites([{ source: '/a/:id/:n', destination: '/b/:id' }])).toThrow(/lacks :n/);
    expect(() => reverseRewrites([{ source: '/a/:id(\\d+)', destination: '/b/:id' }])).toThrow(/can only reverse/);
  });
});
