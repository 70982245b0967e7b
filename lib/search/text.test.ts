import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';

import { treeText } from './text';

const htmlToText = (html: string) => treeText(unified().use(rehypeParse, { fragment: true }).parse(html));

describe('treeText', () => {
  it('strips inline tags without splitting words', () => {
    expect(htmlToText('<p>inter<em>nation</em>al <a href="/x">링크</a> <code>a &lt; b</code></p>')).toBe(
      'international 링크 a < b',
    );
  });

  it('decodes entities, and escaped markup stays text', () => {
    expect(htmlToText('<p>Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;</p>')).toBe(
      'Tom & Jerry <script>alert(1)</script>',
    );
    expect(htmlToText('<p>&#xAC00;&#44032; &quot;인용&quot; &amp;amp;</p>')).toBe('가가 "인용" &amp;');
  });

  it('drops scripts and styles with their content', () => {
    expect(htmlToText('<p>a</p><script>evil("<p>")</script><style>p { color: red }</style><p>b</p>')).toBe('a\nb');
  });

  it('turns block tags into line breaks', () => {
    expect(htmlToText('<h2>제목</h2><ul><li>하나</li><li>둘</li></ul><p>줄<br>바꿈<br/>끝</p><pre>코드</pre>')).toBe(
      '제목\n하나\n둘\n줄\n바꿈\n끝\n코드',
    );
    expect(htmlToText('<table><tr><td>칸1</td><td>칸2</td></tr></table><blockquote>인용</blockquote>')).toBe(
      '칸1\n칸2\n인용',
    );
  });

  it('collapses spaces and trims', () => {
    expect(htmlToText('  <p>  a \t  b  </p>\n\n\n<p> c </p>  ')).toBe('a b\nc');
  });

  it("reads a diagram's labels once, though it is drawn for both themes", () => {
    const drawing = (theme: string) =>
      `<div data-diagram-theme="${theme}"><svg><style>.label { fill: red }</style><g><text>가나</text></g></svg></div>`;
    expect(htmlToText(`<div data-diagram="">${drawing('light')}${drawing('dark')}</div>`)).toBe('가나');
  });

  it("reads a formula once: KaTeX's HTML, not its MathML copy", () => {
    const formula =
      '<span class="katex"><span class="katex-mathml"><math><semantics><mi>x</mi>' +
      '<annotation encoding="application/x-tex">x</annotation></semantics></math></span>' +
      '<span class="katex-html" aria-hidden="true"><span class="mord mathnormal">x</span></span></span>';
    expect(htmlToText(`<p>값 ${formula} 입니다</p>`)).toBe('값 x 입니다');
  });
});
