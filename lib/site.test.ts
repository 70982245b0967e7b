import { describe, expect, it } from 'vitest';

import { basePathOf, parseSiteUrl, siteConfig } from './site';

describe('parseSiteUrl', () => {
  it.each([undefined, '', '   '])('defaults to the local server when SITE_URL is %j', (value) => {
    expect(parseSiteUrl(value)).toBe('http://localhost:3000');
  });

  it('keeps a well-formed URL', () => {
    expect(parseSiteUrl('https://blog.example.com')).toBe('https://blog.example.com');
  });

  it('trims surrounding spaces and trailing slashes', () => {
    expect(parseSiteUrl(' https://blog.example.com/ ')).toBe('https://blog.example.com');
    expect(parseSiteUrl('https://blog.example.com//')).toBe('https://blog.example.com');
  });

  it('keeps a port', () => {
    expect(parseSiteUrl('http://localhost:4000/')).toBe('http://localhost:4000');
  });

  it('keeps a sub-path, without its trailing slash', () => {
    expect(parseSiteUrl('https://user.github.io/blog')).toBe('https://user.github.io/blog');
    expect(parseSiteUrl('https://user.github.io/blog/')).toBe('https://user.github.io/blog');
    expect(parseSiteUrl('http://localhost:4000/a/b.c/')).toBe('http://localhost:4000/a/b.c');
  });

  it.each([
    'https://example.com/블로그',
    'https://example.com/a%20b',
    'https://example.com/a//b',
    'https://example.com/a(b)',
  ])('throws naming SITE_URL on a sub-path a base path cannot be: %j', (value) => {
    expect(() => parseSiteUrl(value)).toThrow(/^SITE_URL: .*a sub-path may hold only ASCII/);
  });

  it.each(['https://blog.example.com/?ref=x', 'https://blog.example.com/#top', 'https://me:secret@blog.example.com'])(
    'throws naming SITE_URL on the query, fragment or credentials in %j',
    (value) => {
      expect(() => parseSiteUrl(value)).toThrow(/^SITE_URL: .*credentials, a \?query or a #fragment/);
    },
  );

  it('normalizes the host to lower case', () => {
    expect(parseSiteUrl('https://Blog.Example.COM/')).toBe('https://blog.example.com');
  });

  it.each(['blog.example.com', '/blog', 'https://', 'not a url'])('throws naming SITE_URL on %j', (value) => {
    expect(() => parseSiteUrl(value)).toThrow(/^SITE_URL: .*not an absolute URL/);
  });

  it.each(['ftp://example.com', 'mailto:me@example.com', 'file:///tmp/blog'])(
    'throws naming SITE_URL on the non-web URL %j',
    (value) => {
      expect(() => parseSiteUrl(value)).toThrow(/^SITE_URL: .*http or https/);
    },
  );
});

describe('basePathOf', () => {
  it('is the URL path, empty at the root', () => {
    expect(basePathOf('https://blog.example.com', '/', 'x')).toBe('');
    expect(basePathOf('https://user.github.io/blog', '/', 'x')).toBe('/blog');
    expect(basePathOf('https://user.github.io/blog', '/blog/', 'x')).toBe('/blog');
    expect(basePathOf('https://user.github.io/blog', 'blog', 'x')).toBe('/blog');
  });

  it("fails, naming both, when Hexo's root and the URL's path disagree", () => {
    expect(() => basePathOf('https://user.github.io', '/blog/', 'site.config.yml')).toThrow(
      /^site\.config\.yml: the settings' root "\/blog\/" says the blog lives under \/blog\/, but its URL https:\/\/user\.github\.io has no path/,
    );
    expect(() => basePathOf('https://user.github.io/notes', '/blog/', 'x')).toThrow(/has the path \/notes\//);
  });
});

describe('siteConfig', () => {
  it('takes the base path from SITE_URL, which wins over the file', () => {
    const config = siteConfig('title: T\nurl: https://blog.example.com\n', 'site.config.yml', {
      SITE_URL: 'https://user.github.io/blog/',
    });
    expect(config).toMatchObject({
      url: 'https://user.github.io/blog',
      origin: 'https://user.github.io',
      basePath: '/blog',
    });
    expect(siteConfig('title: T\n', 'site.config.yml')).toMatchObject({
      basePath: '',
      origin: 'http://localhost:3000',
    });
  });
});
