import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

import { rehypeBackslashLinks } from './backslash-links';

const run = (html: string) =>
  String(
    unified().use(rehypeParse, { fragment: true }).use(rehypeBackslashLinks).use(rehypeStringify).processSync(html),
  );

describe('rehypeBackslashLinks', () => {
  it('reads backslashes in a local link as slashes, as a browser does', () => {
    expect(run('<a href="\\files\\2111\\a.pdf">a</a>')).toBe('<a href="/files/2111/a.pdf">a</a>');
    expect(run('<a href="%5Cfiles%5cb.pdf">b</a>')).toBe('<a href="/files/b.pdf">b</a>');
    expect(run('<a href="notes\\c.txt">c</a>')).toBe('<a href="notes/c.txt">c</a>');
  });

  it('leaves other links alone', () => {
    for (const html of ['<a href="https://example.com/a%5Cb">x</a>', '<a href="/a/b">y</a>', '<a href="#x">z</a>']) {
      expect(run(html)).toBe(html);
    }
  });
});
