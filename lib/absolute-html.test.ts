import { describe, expect, it } from 'vitest';

import { absolutizeHtml } from './absolute-html';

const BASE = 'https://blog.example.com/posts/%EB%B4%84';

describe('absolutizeHtml', () => {
  it('resolves root-relative, relative and fragment URLs against the page', () => {
    expect(absolutizeHtml('<a href="/tags/react">r</a><a href="img/a.png">a</a><a href="#fn-1">1</a>', BASE)).toBe(
      '<a href="https://blog.example.com/tags/react">r</a>' +
        '<a href="https://blog.example.com/posts/img/a.png">a</a>' +
        `<a href="${BASE}#fn-1">1</a>`,
    );
  });

  it('resolves images, sources, video posters and srcset candidates', () => {
    expect(absolutizeHtml('<img src="a.png" srcset="a.png 1x, /b.png 2x">', BASE)).toBe(
      '<img src="https://blog.example.com/posts/a.png" srcset="https://blog.example.com/posts/a.png 1x, https://blog.example.com/b.png 2x">',
    );
    expect(absolutizeHtml('<video poster="/p.jpg"><source src="/v.mp4"></video>', BASE)).toBe(
      '<video poster="https://blog.example.com/p.jpg"><source src="https://blog.example.com/v.mp4"></video>',
    );
  });

  it('leaves absolute URLs and other schemes as written', () => {
    const html =
      '<a href="https://example.com">x</a><a href="mailto:me@example.com">m</a><img src="data:image/png;base64,AA">';
    expect(absolutizeHtml(html, BASE)).toBe(html);
  });

  it('never touches text, even text that looks like a link', () => {
    const html = '<pre><code>&#x3C;a href="/x">한글&#x3C;/a></code></pre>';
    expect(absolutizeHtml(html, BASE)).toBe(html);
  });
});
