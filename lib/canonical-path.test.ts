import { describe, expect, it } from 'vitest';

import { canonicalRedirect, type Routing } from './canonical-path';

const routing = (trailingSlash: boolean): Routing => ({
  redirects: { '/2015/01/15/old': '/posts/old', '/2015/01/15/old/': '/posts/old', '/tags/React/': '/tags/react/' },
  files: ['/CNAME'],
  trailingSlash,
});

describe('canonicalRedirect', () => {
  it('sends an old path, either form, straight to its page', () => {
    expect(canonicalRedirect('/2015/01/15/old', routing(false))).toBe('/posts/old');
    expect(canonicalRedirect('/2015/01/15/old/', routing(false))).toBe('/posts/old');
  });

  it('adds the slash when page paths end in one, in the same hop as a move', () => {
    expect(canonicalRedirect('/tags/react', routing(true))).toBe('/tags/react/');
    expect(canonicalRedirect('/tags/React', routing(true))).toBe('/tags/react/');
    expect(canonicalRedirect('/tags/react/', routing(true))).toBeUndefined();
  });

  it('takes the slash off when page paths do not end in one', () => {
    expect(canonicalRedirect('/tags/react/', routing(false))).toBe('/tags/react');
    expect(canonicalRedirect('/tags/react', routing(false))).toBeUndefined();
  });

  it('leaves the home page and files alone', () => {
    for (const path of ['/', '/feed.xml', '/tags/node.js', '/CNAME']) {
      expect(canonicalRedirect(path, routing(true))).toBeUndefined();
    }
  });
});
