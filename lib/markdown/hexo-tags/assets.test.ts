import { describe, expect, it } from 'vitest';

import { expandHexoTags } from './expand';
import { testContext } from './test-pipeline';

const expand = (markdown: string) => expandHexoTags(markdown, testContext);
const md = (markdown: string) => expand(markdown).markdown;

describe('asset tags', () => {
  it('asset_img: the asset URL, with class, size, title and alt', () => {
    expect(md('{% asset_img photo.png %}')).toBe('<img src="/posts/post/photo.png">');
    expect(md('{% asset_image photo.png %}')).toBe('<img src="/posts/post/photo.png">');
    expect(md(`{% asset_img left wide photo.png 400 300 '"A <b>" "Alt & more"' %}`)).toBe(
      '<img src="/posts/post/photo.png" class="left wide" width="400" height="300" title="A &lt;b&gt;" alt="Alt &amp; more">',
    );
  });

  it('asset_img: a title alone also describes the image', () => {
    expect(md('{% asset_img photo.png "Tic-tac-toe board" %}')).toBe(
      '<img src="/posts/post/photo.png" title="Tic-tac-toe board" alt="Tic-tac-toe board">',
    );
    expect(md('{% asset_img photo.png 200 A board %}')).toBe(
      '<img src="/posts/post/photo.png" width="200" title="A board" alt="A board">',
    );
  });

  it('asset_link: a link titled with the text or the file name, escaped unless told not to', () => {
    expect(md('{% asset_link report.pdf %}')).toBe(
      '<a href="/posts/post/report.pdf" title="report.pdf">report.pdf</a>',
    );
    expect(md('{% asset_link report.pdf "The *full* <report>" %}')).toBe(
      '<a href="/posts/post/report.pdf" title="The *full* &lt;report&gt;">The &#42;full&#42; &lt;report&gt;</a>',
    );
    expect(md('{% asset_link report.pdf "<b>Bold</b>" false %}')).toBe(
      '<a href="/posts/post/report.pdf" title="&lt;b&gt;Bold&lt;/b&gt;"><b>Bold</b></a>',
    );
  });

  it("asset_path: the bare URL, for the author's own markup", () => {
    expect(md('<img src="{% asset_path photo.png %}" alt="x"> [pdf]({% asset_path report.pdf %})')).toBe(
      '<img src="/posts/post/photo.png" alt="x"> [pdf](/posts/post/report.pdf)',
    );
  });

  it('reports a missing asset by name and line, and leaves nothing of the tag', () => {
    const result = expand('a\n{% asset_img left gone.png 200 %}\n{% asset_link gone.pdf %} {% asset_path %}');
    expect(result.markdown).toBe('a\n\n ');
    expect(result.problems).toEqual([
      { line: 2, message: `asset_img: no file "gone.png" in the post's asset folder` },
      { line: 3, message: `asset_link: no file "gone.pdf" in the post's asset folder` },
      { line: 3, message: 'asset_path: no file name' },
    ]);
  });
});

describe('post tags', () => {
  it('post_link: the post title as text and tooltip, escaped', () => {
    expect(md('{% post_link hello-world %}')).toBe(
      '<a href="/posts/hello-world/" title="Hello &lt;World&gt; &amp; &quot;Friends&quot;">Hello &lt;World&gt; &amp; &quot;Friends&quot;</a>',
    );
  });

  it('post_link: own text, an anchor, and escape false', () => {
    expect(md('{% post_link notes/second.md#part-2 Read _this_ %}')).toBe(
      '<a href="/posts/second/#part-2" title="Second">Read &#95;this&#95;</a>',
    );
    expect(md('{% post_link notes/second.md "<em>Second</em>" false %}')).toBe(
      '<a href="/posts/second/" title="Second"><em>Second</em></a>',
    );
  });

  it('post_link inside a list item and a table cell stays inline', () => {
    expect(md('- see {% post_link notes/second.md %}\n\n| a |\n| - |\n| {% post_link notes/second.md %} |')).toBe(
      '- see <a href="/posts/second/" title="Second">Second</a>\n\n| a |\n| - |\n| <a href="/posts/second/" title="Second">Second</a> |',
    );
  });

  it('post_path: the bare URL', () => {
    expect(md('[next]({% post_path notes/second.md %})')).toBe('[next](/posts/second/)');
  });

  it('reports a missing post and keeps its text', () => {
    const result = expand('x\n{% post_link nowhere "Old post" %} {% post_path gone %}');
    expect(result.markdown).toBe('x\nOld post ');
    expect(result.problems).toEqual([
      { line: 2, message: 'post_link: no post "nowhere"' },
      { line: 2, message: 'post_path: no post "gone"' },
    ]);
  });
});
