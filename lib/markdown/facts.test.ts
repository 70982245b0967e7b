import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

import { factsOfTree } from './facts';
import { addMarkdownPipeline } from './pipeline';

const contentDir = mkdtempSync(path.join(tmpdir(), 'facts-'));

/** A post's facts as the content layer gets them: the posts' own pipeline, `file.data.facts`. */
async function factsOf(markdown: string) {
  const builder = addMarkdownPipeline(unified(), { images: { contentDir, publicDir: contentDir } });
  const file = await builder.process({ value: markdown, data: { rawDocumentData: { sourceFilePath: '글.md' } } });
  return file.data.facts!;
}

const parseHtml = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html);
const hangul = (n: number) => '가나다라마바사아자차카타파하'.repeat(Math.ceil(n / 14)).slice(0, n);

describe('the facts of a rendered post', () => {
  it('has the table of contents, the text and the reading time of what a reader sees', async () => {
    const facts = await factsOf(`## 시작하기\n\n${hangul(1000)}\n\n### A &amp; B\n\n- 하나\n- 둘`);
    expect(facts.toc).toEqual([
      { id: '시작하기', text: '시작하기', depth: 2 },
      { id: 'a--b', text: 'A & B', depth: 3 },
    ]);
    expect(facts.text).toBe(`시작하기\n${hangul(1000)}\nA & B\n하나\n둘`);
    expect(facts.readingMinutes).toBe(3);
  });

  it('reads neither tags, attributes nor scripts', () => {
    const attributes = ` class="${'word '.repeat(500)}"`;
    const script = `<script>${hangul(2000)}</script><style>p { content: "${hangul(2000)}" }</style>`;
    const facts = factsOfTree(parseHtml(`<h2 id="x"${attributes}><a href="#x">${hangul(1000)}</a></h2>${script}`));
    expect(facts.readingMinutes).toBe(2);
  });

  it("reads a formula once, as KaTeX's text and not its MathML copy and TeX source", async () => {
    // Each formula reads as α+β, two words: 230 words, a minute. Its MathML and TeX source would triple that.
    const facts = await factsOf('$\\alpha + \\beta$ '.repeat(115));
    expect(facts.text.startsWith('α+β α+β')).toBe(true);
    expect(facts.readingMinutes).toBe(1);
  });

  it('finds inline and display formulas, and none in prose, code or a dollar amount', async () => {
    expect((await factsOf('피타고라스: $a^2 + b^2 = c^2$')).hasMath).toBe(true);
    expect((await factsOf('$$\n\\int_0^1 x\\,dx\n$$')).hasMath).toBe(true);
    expect((await factsOf('그냥 글입니다. 가격은 5,000원입니다.')).hasMath).toBe(false);
    expect((await factsOf('```html\n<span class="katex">x</span>\n```')).hasMath).toBe(false);
    expect((await factsOf('`class="katex"`을 씁니다.')).hasMath).toBe(false);
  });

  it('finds an image the reader can open large, and none without alt text or inside a link', async () => {
    expect((await factsOf('![한강의 밤](https://example.com/a.png)')).hasZoomableImages).toBe(true);
    expect(
      (await factsOf('<a href="https://example.com/b.png" data-zoom><img src="https://example.com/b.png" alt=""></a>'))
        .hasZoomableImages,
    ).toBe(true);
    expect((await factsOf('![](https://example.com/a.png)')).hasZoomableImages).toBe(false);
    expect((await factsOf('[![사진](https://example.com/a.png)](https://example.com)')).hasZoomableImages).toBe(false);
    expect((await factsOf('`data-zoom=""`')).hasZoomableImages).toBe(false);
  });
});
