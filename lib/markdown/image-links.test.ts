import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

import { rehypeImageLinks } from './image-links';

const run = (html: string) =>
  String(unified().use(rehypeParse, { fragment: true }).use(rehypeImageLinks).use(rehypeStringify).processSync(html));

describe('rehypeImageLinks', () => {
  it('links an image to its own file, marked for the zoom island', () => {
    const html = run('<p>앞 <img src="/posts/글/사진.png" alt="한강의 밤" width="800" height="600"> 뒤</p>');
    expect(html).toBe(
      '<p>앞 <a href="/posts/글/사진.png" data-zoom=""><img src="/posts/글/사진.png" alt="한강의 밤" width="800" height="600"></a> 뒤</p>',
    );
  });

  it('links every image, also at the top level and side by side', () => {
    expect(run('<img src="a.png" alt="가"><img src="https://cdn.example.com/b.png" alt="나">')).toBe(
      '<a href="a.png" data-zoom=""><img src="a.png" alt="가"></a>' +
        '<a href="https://cdn.example.com/b.png" data-zoom=""><img src="https://cdn.example.com/b.png" alt="나"></a>',
    );
  });

  it('keeps the link an image already has, and leaves pictures and buttons alone', () => {
    for (const html of [
      '<a href="https://example.com"><img src="a.png" alt="예제"></a>',
      '<a href="https://example.com"><span><img src="a.png" alt="예제"></span></a>',
      '<picture><source srcset="a.webp"><img src="a.png" alt="그림"></picture>',
      '<button type="button"><img src="a.png" alt="버튼"></button>',
    ])
      expect(run(html)).toBe(html);
  });

  it('leaves an image without alt text or src alone: a link needs a name', () => {
    for (const html of ['<img src="a.png" alt="">', '<img src="a.png" alt=" ">', '<img src="a.png">', '<img alt="빈">'])
      expect(run(html)).toBe(html);
  });
});
