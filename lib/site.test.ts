import { describe, expect, it } from 'vitest';

import { parseSiteUrl } from './site';

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

  it.each(['https://example.com/blog', 'https://example.com/blog/', 'http://localhost:4000/a/b'])(
    'throws naming SITE_URL on the base path in %j (routes live at the root)',
    (value) => {
      expect(() => parseSiteUrl(value)).toThrow(/^SITE_URL: .*must not have a path/);
    },
  );

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
