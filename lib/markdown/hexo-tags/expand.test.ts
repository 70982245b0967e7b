import { describe, expect, it } from 'vitest';

import { expandHexoTags } from './expand';
import { expandAndRender, testContext } from './test-pipeline';

const expand = (markdown: string, keepTags: readonly string[] = testContext.keepTags) =>
  expandHexoTags(markdown, { ...testContext, keepTags });
const link = '<a href="/posts/hello-world/" title="Hello &lt;World&gt; &amp; &quot;Friends&quot;">';

describe('expandHexoTags: the driver', () => {
  it('returns a post without tags as it is, without parsing it', () => {
    const markdown = '---\ntitle: a\n---\n# Plain {{ vue }} post\n';
    const result = expand(markdown);
    expect(result.markdown).toBe(markdown);
    expect(result.problems).toEqual([]);
  });

  it('leaves the front matter alone', () => {
    const markdown = '---\ntitle: "{% post_link nowhere %}"\n---\n{% post_link hello-world %}\n';
    const result = expand(markdown);
    expect(result.markdown.startsWith('---\ntitle: "{% post_link nowhere %}"\n---\n<a')).toBe(true);
    expect(result.problems).toEqual([]);
    const json = expand(';;;\n{ "title": "{% post_link nowhere %}" }\n;;;\n{% post_link hello-world %}');
    expect(json.markdown.startsWith(';;;\n{ "title": "{% post_link nowhere %}" }\n;;;\n<a')).toBe(true);
    expect(json.problems).toEqual([]);
  });

  it('leaves tags in fenced, indented and inline code, math and HTML comments as written', () => {
    const protectedText = [
      '```md\n{% post_link nowhere %}\n{{ page.title }}\n```',
      '    {% asset_img nothing.png %}',
      '`{% youtube x %}` and ``a `{{ y }}` b``',
      '$\\{% x %\\}$ and\n\n$$\n{% gist 1 %}\n$$',
      '<!-- {% post_link old-post %} -->',
      'Inline <code>{% x %}</code>, <!-- {% y %} --> and\n<pre><code class="language-md">{% z %}\n\n{% w %}</code></pre>',
      '~~~\n{% note %}\n~~~',
    ].join('\n\n');
    const result = expand(`${protectedText}\n\n{% post_link hello-world %}`);
    expect(result.markdown).toBe(`${protectedText}\n\n${link}Hello &lt;World&gt; &amp; &quot;Friends&quot;</a>`);
    expect(result.problems).toEqual([]);
  });

  it('leaves {{ }} outside code as written and removes {# comments #}', () => {
    expect(expand('A {{ var }} b {# a\nnote #}c').markdown).toBe('A {{ var }} b c');
  });

  it('drops {% raw %} markers in inline code, as Hexo does, and leaves the rest of it', () => {
    expect(
      expand('`{% raw %}{{ a }}{% endraw %}` and `{% raw %}` and ``{% raw %}`{{ b }}`{% endraw %}``').markdown,
    ).toBe('`{{ a }}` and `{% raw %}` and `` `{{ b }}` ``');
  });

  it('passes the body of {% raw %} on as written, its own lines and all', () => {
    const result = expand(
      'a {% raw %}{% post_link x %}{% endraw %} b\n\n{% raw %}\n<div>{{ x }} {% y %}</div>\n{% endraw %}\nafter',
    );
    expect(result.markdown).toBe('a {% post_link x %} b\n\n<div>{{ x }} {% y %}</div>\nafter');
    expect(result.problems).toEqual([]);
  });

  it('reports every problem of a post with its line, and leaves no tag behind', () => {
    const markdown = [
      'intro {% post_link nowhere %}', // 1
      '{% asset_img missing.png %}', // 2
      '{% mystery arg %}', // 3
      '{% note %}', // 4
      'text',
      '{% endquote %}', // 6
      '{% post_link hello', // 7
    ].join('\n');
    const result = expand(markdown);
    expect(result.problems).toEqual([
      { line: 1, message: 'post_link: no post "nowhere"' },
      { line: 2, message: `asset_img: no file "missing.png" in the post's asset folder` },
      { line: 3, message: 'unknown tag {% mystery %}' },
      { line: 4, message: '{% note %} without {% endnote %}' },
      { line: 6, message: '{% endquote %} without {% quote %}' },
      { line: 7, message: '"{%" without "%}"' },
    ]);
    expect(result.markdown).not.toContain('{%');
  });

  it('reports an unknown block tag and keeps its body', () => {
    const result = expand('{% folding Title %}\n**inner**\n{% endfolding %}');
    expect(result.markdown).toBe('**inner**');
    expect(result.problems).toEqual([
      { line: 1, message: 'unknown tag {% folding %}…{% endfolding %}; its body is kept' },
    ]);
  });

  it('replaces a tag of keepTags by its body, or removes it when it has none', async () => {
    const { html, problems } = await expandAndRender('{% tabs First %}\n- **one**\n{% endtabs %}\n\nA {% center %} b');
    expect(html).toBe('<ul>\n<li><strong>one</strong></li>\n</ul>\n<p>A  b</p>');
    expect(problems).toEqual([]);
  });

  it('expands tags nested in a block tag, and block tags nested in each other', async () => {
    const markdown =
      '{% note info %}\nSee {% post_link hello-world Hi %}.\n\n{% note danger %}\nInner\n{% endnote %}\n{% endnote %}';
    const { html, problems } = await expandAndRender(markdown);
    expect(problems).toEqual([]);
    expect(html).toMatch(/^<div class="markdown-alert markdown-alert-note" role="note">/);
    expect(html).toContain(
      '<p>See <a href="/posts/hello-world/" title="Hello <World> &#x26; &#x22;Friends&#x22;">Hi</a>.</p>',
    );
    expect(html).toMatch(
      /<div class="markdown-alert markdown-alert-caution" role="note">.*<p>Inner<\/p>(\s*<\/div>){3}$/s,
    );
  });

  it('keeps a block tag inside its list item or blockquote', async () => {
    const list = await expandAndRender('- one\n  {% blockquote %}\n  Quoted\n  {% endblockquote %}\n- two');
    expect(list.html).toMatch(
      /^<ul>\n<li>\n<p>one<\/p>\n<blockquote>\s*<p>Quoted<\/p>\s*<\/blockquote>\s*<\/li>\n<li>\n<p>two<\/p>/,
    );
    const quote = await expandAndRender('> {% note warning %}\n> Careful\n> {% endnote %}');
    expect(quote.html).toMatch(/^<blockquote>\s*<div class="markdown-alert markdown-alert-warning"/);
  });

  it('keeps a list tight around a code tag in an item, the code dedented', () => {
    expect(
      expand('1. Run:\n   {% codeblock lang:sh %}\n   npm ci\n     --quiet\n   {% endcodeblock %}\n2. Done').markdown,
    ).toBe('1. Run:\n   ```sh\n   npm ci\n     --quiet\n   ```\n2. Done');
  });

  it('dedents a block body as Hexo does, so indentation does not make it code', async () => {
    const { html } = await expandAndRender('{% note %}\n    Indented **text**\n{% endnote %}');
    expect(html).toContain('<p>Indented <strong>text</strong></p>');
  });

  it('finds code-tag bodies first, so an unclosed fence in one does not hide later tags', () => {
    const result = expand('{% codeblock %}\n```\n{% endcodeblock %}\n\n{% post_link hello-world %}');
    expect(result.markdown).toContain(`${link}Hello`);
    expect(result.markdown).toMatch(/^````\n```\n````\n/);
  });
});
