import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { publicFile } from './files';

describe('publicFile', () => {
  it('decodes each segment of the URL into the file name', () => {
    expect(publicFile('public', '/og/tags/%EC%86%8C%EC%8B%9D.png')).toBe(path.join('public', 'og', 'tags', '소식.png'));
    expect(publicFile('public', '/og/posts/%E6%97%A5%E6%9C%AC.png')).toBe(
      path.join('public', 'og', 'posts', '日本.png'),
    );
  });

  it('refuses segments that would leave the folder or split into two', () => {
    expect(() => publicFile('public', '/og/categories/../x.png')).toThrow(/not a file name/);
    expect(() => publicFile('public', '/og/posts/a%2Fb.png')).toThrow(/not a file name/);
    expect(() => publicFile('public', '/og//x.png')).toThrow(/not a file name/);
  });
});
