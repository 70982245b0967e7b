import { describe, expect, it } from 'vitest';

import { htmlToText } from './text';

describe('htmlToText', () => {
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
});
