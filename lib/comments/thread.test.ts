import { describe, expect, it } from 'vitest';

import { browserPathname, commentsKey, commentsTerm } from './thread';

const post = { slug: '한글-파일명', permalink: '/posts/한글-파일명' };

describe('commentsKey', () => {
  it("is the post's comments_id, else its slug, in NFC", () => {
    expect(commentsKey(post)).toBe('한글-파일명');
    expect(commentsKey({ ...post, slug: '한글-파일명'.normalize('NFD') })).toBe('한글-파일명');
    expect(commentsKey({ ...post, commentsId: 'hello-2015' })).toBe('hello-2015');
  });
});

describe('browserPathname', () => {
  it('percent-encodes as location.pathname does, and nothing else', () => {
    expect(browserPathname('/posts/한글', '')).toBe('/posts/%ED%95%9C%EA%B8%80');
    expect(browserPathname("/tags/c++/a:b@c!'()*", '/blog')).toBe("/blog/tags/c++/a:b@c!'()*");
    expect(browserPathname('/a b/"q"?#', '')).toBe('/a%20b/%22q%22%3F%23');
  });
});

describe('commentsTerm', () => {
  it('with the key mapping, is the readable key, whatever the path', () => {
    expect(commentsTerm(post, 'key', '/blog')).toBe('한글-파일명');
  });

  it('with the pathname mapping, is what giscus and utterances take from location.pathname', () => {
    expect(commentsTerm(post, 'pathname', '')).toBe('posts/%ED%95%9C%EA%B8%80-%ED%8C%8C%EC%9D%BC%EB%AA%85');
    expect(commentsTerm({ slug: 'a', permalink: '/2015/01/a/' }, 'pathname', '/blog')).toBe('blog/2015/01/a/');
    expect(commentsTerm({ slug: 'a', permalink: '/2015/01/a.html' }, 'pathname', '')).toBe('2015/01/a');
  });

  it('keeps the thread of the path a post had before its permalink changed', () => {
    const moved = { slug: 'hello', permalink: '/posts/hello', previousPermalink: '/2015/01/15/hello/' };
    expect(commentsTerm(moved, 'pathname', '')).toBe('2015/01/15/hello/');
  });
});
