import { describe, expect, it } from 'vitest';

import { buildRedirects, taxonomyCandidates } from './redirects';

const none = () => undefined;

describe('buildRedirects', () => {
  it('sends both forms of an old path straight to its target', () => {
    expect(buildRedirects([{ from: '/2015/01/15/etude/', to: '/posts/etude', why: 'old permalink' }], none)).toEqual([
      { from: '/2015/01/15/etude', to: '/posts/etude' },
      { from: '/2015/01/15/etude/', to: '/posts/etude' },
    ]);
  });

  it('composes decomposed Hangul and reads backslashes as slashes', () => {
    const [redirect] = buildRedirects([{ from: '옛\\글'.normalize('NFD'), to: '/posts/새-글', why: 'alias' }], none);
    expect(redirect).toEqual({ from: '/옛/글', to: '/posts/새-글' });
  });

  it('makes nothing when the old path is the new one, slash or not', () => {
    expect(buildRedirects([{ from: '/posts/a/', to: '/posts/a', why: 'x' }], none)).toEqual([]);
  });

  it('refuses a URL elsewhere, so no input makes an open redirect', () => {
    expect(() => buildRedirects([{ from: 'https://evil.example/x', to: '/a', why: 'alias of a.md' }], none)).toThrow(
      'alias of a.md: "https://evil.example/x" is not a path of this site',
    );
    expect(() => buildRedirects([{ from: '//evil.example/x', to: '/a', why: 'alias of a.md' }], none)).toThrow(
      /not a path of this site/,
    );
  });

  it('stops on an old path that is another page now, naming both', () => {
    const pageAt = (path: string) => (path === '/about' ? 'the page content/pages/about.md' : undefined);
    expect(() => buildRedirects([{ from: '/about/', to: '/posts/me', why: 'aliases of posts/me.md' }], pageAt)).toThrow(
      'aliases of posts/me.md: the old path /about is the page content/pages/about.md now',
    );
  });

  it('stops on one old path with two targets, naming both', () => {
    expect(() =>
      buildRedirects(
        [
          { from: '/old', to: '/posts/a', why: 'aliases of a.md' },
          { from: '/old/', to: '/posts/b', why: 'aliases of b.md' },
        ],
        none,
      ),
    ).toThrow('/old would lead to two places: /posts/a (aliases of a.md) and /posts/b (aliases of b.md)');
  });
});

describe('taxonomyCandidates', () => {
  it("gives Hexo's shared /tags/C/ to the tag named exactly C", () => {
    const entries = ['C++', 'C', 'C#'].map((name) => ({
      old: '/tags/C/',
      name,
      now: `/tags/${name === 'C' ? 'c' : name === 'C++' ? 'c-plus-plus' : 'c-sharp'}/`,
      why: `tag ${name}`,
    }));
    expect(taxonomyCandidates(entries)).toEqual([{ from: '/tags/C/', to: '/tags/c/', why: 'tag C' }]);
  });
});
