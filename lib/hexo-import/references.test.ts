import { describe, expect, it } from 'vitest';

import { imageReferences, localPath } from './references';

describe('imageReferences', () => {
  it("finds Hexo's {% img %} by its root-relative source", () => {
    expect(
      imageReferences('글\n{% img left /images/a.png 32 32 \'"t" "alt"\' %}\n{% img https://x.org/b.png %}\n'),
    ).toEqual([{ src: '/images/a.png', line: 2 }]);
  });

  it('finds Markdown images and <img src> with their lines, not code', () => {
    const markdown = '# 제목\n\n![a](a.png)\n\n```md\n![b](b.png)\n```\n\n<p>\n  <img alt="c" src="/c.png">\n</p>\n';
    expect(imageReferences(markdown, 5)).toEqual([
      { src: 'a.png', line: 7 },
      { src: '/c.png', line: 14 },
    ]);
  });
});

describe('localPath', () => {
  it('reads a src as a browser would', () => {
    expect(localPath('post\\img.png')).toBe('post/img.png');
    expect(localPath('post%5Cimg.png')).toBe('post/img.png');
    expect(localPath('%EC%A0%90.png?v=2#top')).toBe('점.png');
    expect(localPath('/images/a%20b.png')).toBe('/images/a b.png');
  });

  it('skips what is not a file of the site', () => {
    for (const src of ['https://example.com/a.png', '//cdn.example.com/a.png', 'data:image/png;base64,AA', '', '#x']) {
      expect(localPath(src)).toBeUndefined();
    }
  });
});
