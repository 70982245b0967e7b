import type { Root } from 'hast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeParse from 'rehype-parse';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

import { tableOfContents } from './toc';

// Markdown rendered to a tree as the posts' pipeline does it (lib/markdown/pipeline.ts), as far as headings go.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true, footnoteLabel: '각주' })
  .use(rehypeRaw)
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings, { behavior: 'wrap' });
const render = (markdown: string) => processor.runSync(processor.parse(markdown)) as Root;
const parseHtml = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html);

describe('tableOfContents', () => {
  it('lists the h2 and h3 headings of a rendered post in order, with their ids', () => {
    const tree = render(
      ['# 제목', '## 시작하기', '본문', '### 준비물', '#### 너무 깊은 제목', '## 마무리'].join('\n\n'),
    );
    expect(tableOfContents(tree)).toEqual([
      { id: '시작하기', text: '시작하기', depth: 2 },
      { id: '준비물', text: '준비물', depth: 3 },
      { id: '마무리', text: '마무리', depth: 2 },
    ]);
  });

  it('keeps Korean and Japanese text and ids as they are', () => {
    const tree = render('## 서울의 봄: 벚꽃\n\n### 東京に行きました\n\n## 한글 English 混ぜ書き');
    expect(tableOfContents(tree)).toEqual([
      { id: '서울의-봄-벚꽃', text: '서울의 봄: 벚꽃', depth: 2 },
      { id: '東京に行きました', text: '東京に行きました', depth: 3 },
      { id: '한글-english-混ぜ書き', text: '한글 English 混ぜ書き', depth: 2 },
    ]);
  });

  it('drops markup from the text and decodes entities', () => {
    const tree = render('## `useState` 와 <em>훅</em>\n\n## A & B < C "인용"');
    expect(tableOfContents(tree)).toEqual([
      { id: 'usestate-와-훅', text: 'useState 와 훅', depth: 2 },
      { id: 'a--b--c-인용', text: 'A & B < C "인용"', depth: 2 },
    ]);
  });

  it('gives repeated headings the distinct ids rehype-slug gives them', () => {
    const ids = tableOfContents(render('## 예제\n\n## 예제\n\n### 예제')).map((entry) => entry.id);
    expect(ids).toEqual(['예제', '예제-1', '예제-2']);
  });

  it('leaves out the hidden footnotes heading', () => {
    const tree = render('## 본문\n\n각주가 있습니다.[^1]\n\n[^1]: 각주 내용');
    expect(JSON.stringify(tree)).toContain('"id":"footnote-label"');
    expect(tableOfContents(tree)).toEqual([{ id: '본문', text: '본문', depth: 2 }]);
  });

  it('reads headings written as raw HTML, and skips one without an id or text', () => {
    const tree = parseHtml(
      `<h2 class="x" id='raw'>Raw <b>HTML</b></h2><h3>no id</h3>` +
        `<h2 id="empty"><a href="#empty"></a></h2><h2 data-id="x">data-id is not id</h2>` +
        `<h3 id="a&#x26;b">a&amp;b</h3>`,
    );
    expect(tableOfContents(tree)).toEqual([
      { id: 'raw', text: 'Raw HTML', depth: 2 },
      { id: 'a&b', text: 'a&b', depth: 3 },
    ]);
  });

  it('finds no headings in a post without any, and none in code', () => {
    expect(tableOfContents(render('본문만 있습니다.'))).toEqual([]);
    expect(tableOfContents(render('```html\n<h2 id="x">코드</h2>\n```'))).toEqual([]);
  });
});
