import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { siteRedirects } from './site-redirects';
import { sourcePost } from './test-fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'redirects-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const generated = (posts: object[]) => {
  const file = path.join(dir, `${Math.random()}.json`);
  writeFileSync(file, JSON.stringify(posts));
  return file;
};

describe('siteRedirects', () => {
  it("sends each post's previous permalink and aliases to its page, and Hexo's tag paths to ours", () => {
    const redirects = siteRedirects(
      generated([
        sourcePost('etude', {
          permalink: '/posts/etude',
          previousPermalink: '/2015/01/15/etude/',
          aliasPaths: ['/old/etude.html'],
          tagNames: ['C++', 'C', 'React'],
        }),
        sourcePost('draft', { isPublished: false, aliasPaths: ['/old/draft'] }),
      ]),
    );
    expect(redirects).toEqual(
      expect.arrayContaining([
        { from: '/2015/01/15/etude', to: '/posts/etude' },
        { from: '/2015/01/15/etude/', to: '/posts/etude' },
        { from: '/old/etude.html', to: '/posts/etude' },
        { from: '/tags/C/', to: '/tags/c' },
        { from: '/tags/React', to: '/tags/react' },
      ]),
    );
    // A draft's old paths lead nowhere: it has no page.
    expect(redirects.some((redirect) => redirect.from.startsWith('/old/draft'))).toBe(false);
  });

  it("stops when an alias is another post's page, naming both", () => {
    expect(() =>
      siteRedirects(
        generated([
          sourcePost('a', { permalink: '/posts/a', aliasPaths: ['/posts/b'] }),
          sourcePost('b', { permalink: '/posts/b' }),
        ]),
      ),
    ).toThrow(/aliases of content\/posts\/a\.md: the old path \/posts\/b is the post b\.md now/);
  });
});
