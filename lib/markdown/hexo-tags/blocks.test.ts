import { describe, expect, it } from 'vitest';

import { expandHexoTags } from './expand';
import { expandAndRender, testContext } from './test-pipeline';

const md = (markdown: string) => expandHexoTags(markdown, testContext).markdown;

describe('blockquote and pullquote', () => {
  it('renders the body as Markdown between the HTML of the quote', async () => {
    const { markdown, html } = await expandAndRender('{% blockquote %}\nSome *text*\n\n- a list\n{% endblockquote %}');
    expect(markdown).toBe('<blockquote>\n\nSome *text*\n\n- a list\n\n</blockquote>');
    expect(html).toBe('<blockquote>\n<p>Some <em>text</em></p>\n<ul>\n<li>a list</li>\n</ul>\n</blockquote>');
  });

  it('reads the author, source, link and link title as Hexo does', () => {
    const footer = (args: string) => /<footer>.*<\/footer>/.exec(md(`{% quote ${args} %}\nx\n{% endquote %}`))?.[0];
    expect(footer('David Levithan, Wide Awake')).toBe(
      '<footer><strong>David Levithan</strong><cite>Wide Awake</cite></footer>',
    );
    expect(footer('@DevDocs https://twitter.com/devdocs/status/356095192085962752')).toBe(
      '<footer><strong>@DevDocs</strong><cite><a href="https://twitter.com/devdocs/status/356095192085962752">twitter.com/devdocs/status/356095192085962752</a></cite></footer>',
    );
    expect(
      footer(
        'Seth Godin http://sethgodin.typepad.com/seths_blog/2009/07/welcome-to-island-marketing.html Welcome to Island <Marketing>',
      ),
    ).toBe(
      '<footer><strong>Seth Godin</strong><cite><a href="http://sethgodin.typepad.com/seths_blog/2009/07/welcome-to-island-marketing.html">Welcome to Island &lt;Marketing&gt;</a></cite></footer>',
    );
    expect(footer('')).toBeUndefined();
  });

  it('pullquote: a blockquote with its classes', async () => {
    const { html } = await expandAndRender('{% pullquote left "big one" %}\n**Quoted**\n{% endpullquote %}');
    expect(html).toBe('<blockquote class="pullquote left big one">\n<p><strong>Quoted</strong></p>\n</blockquote>');
  });
});

describe('codeblock', () => {
  it('becomes a fenced block for Shiki, its body as written', () => {
    expect(md('{% codeblock %}\n  alert("{% post_link x %} {{ y }}");\n{% endcodeblock %}')).toBe(
      '```\nalert("{% post_link x %} {{ y }}");\n```',
    );
    expect(md('{% code lang:js %}\nlet a;\n{% endcode %}')).toBe('```js\nlet a;\n```');
  });

  it('writes the caption as the title, marked lines and line numbers in the meta', () => {
    expect(md('{% codeblock Array.map lang:js mark:1,3-4 line_number:true %}\nx\n{% endcodeblock %}')).toMatch(
      /^```js title="Array.map" \{1,3-4\} showLineNumbers\n/,
    );
    // Hexo counts marked lines from first_line; rehype-pretty-code from the block's first line.
    expect(md('{% codeblock lang:py first_line:10 mark:10,12-11,9 %}\nx\n{% endcodeblock %}')).toMatch(
      /^```py \{1-3\} showLineNumbers\{10\}\n/,
    );
    expect(
      md('{% codeblock "a \\"b\\"" highlight:false lang:js line_number:false wrap:false %}\nx\n{% endcodeblock %}'),
    ).toMatch(/^```plaintext title="a ”b”"\n/);
  });

  it('puts the source link after the block', () => {
    expect(md('{% codeblock _.compact http://underscorejs.org/#compact Underscore.js %}\nx\n{% endcodeblock %}')).toBe(
      '```plaintext title="_.compact"\nx\n```\n\n<p class="code-source"><a href="http://underscorejs.org/#compact">Underscore.js</a></p>',
    );
    expect(md('{% codeblock Title https://example.com/a.js %}\nx\n{% endcodeblock %}')).toContain('>link</a></p>');
  });

  it('chooses a fence that the code cannot close, and a tilde fence for a title with a backtick', () => {
    expect(md('{% codeblock lang:md %}\n````js\nx\n````\n{% endcodeblock %}')).toBe('`````md\n````js\nx\n````\n`````');
    expect(md('{% codeblock The `x` file %}\ny\n{% endcodeblock %}')).toBe('~~~plaintext title="The `x` file"\ny\n~~~');
  });

  it('drops the raw markers that Hexo authors put around {{ }} in code', () => {
    expect(
      md('{% codeblock %}\n{% raw %}\n{{ a }}\n{% endraw %}\n{% raw %}{{ b }}{% endraw %}\n{% endcodeblock %}'),
    ).toBe('```\n{{ a }}\n{{ b }}\n```');
  });

  it('is highlighted with its title and marked lines by the site pipeline', async () => {
    const { html } = await expandAndRender(
      '{% codeblock a.js lang:js mark:2 %}\nlet a;\nlet b;\n{% endcodeblock %}',
      {},
      true,
    );
    expect(html).toMatch(/<figcaption data-rehype-pretty-code-title="" data-language="js"[^>]*>a\.js<\/figcaption>/);
    expect(html).toMatch(/<span data-line="" data-highlighted-line="">.*let.*b;/);
  });
});

describe('note', () => {
  it('becomes a GitHub alert of the matching kind', () => {
    const kinds = [
      '',
      'default',
      'primary',
      'info',
      'success',
      'warning',
      'danger',
      'no-icon danger',
      'danger no-icon',
    ];
    expect(kinds.map((style) => md(`{% note ${style} %}\nx\n{% endnote %}`).split('\n')[0])).toEqual([
      '> [!NOTE]',
      '> [!NOTE]',
      '> [!NOTE]',
      '> [!NOTE]',
      '> [!TIP]',
      '> [!WARNING]',
      '> [!CAUTION]',
      '> [!CAUTION]',
      '> [!CAUTION]',
    ]);
  });

  it('keeps several paragraphs, lists and code inside the alert', async () => {
    const { html } = await expandAndRender(
      '{% note warning %}\nFirst **para**.\n\n```js\nlet a;\n\nlet b;\n```\n\n- item\n\nLast.\n{% endnote %}\nAfter.',
    );
    // The title is the site's word for "warning", with the plugin's icon.
    expect(html.replace(/<p class="markdown-alert-title">.*?<\/p>/, '<p class="markdown-alert-title">…</p>')).toBe(
      '<div class="markdown-alert markdown-alert-warning" role="note"><p class="markdown-alert-title">…</p><p>First <strong>para</strong>.</p>\n' +
        '<pre><code class="language-js">let a;\n\nlet b;\n</code></pre>\n<ul>\n<li>item</li>\n</ul>\n<p>Last.</p>\n</div>\n<p>After.</p>',
    );
  });

  it('with a summary, a collapsible alert titled by it', async () => {
    const { html } = await expandAndRender('{% note info no-icon Read <this> first %}\nBody *text*\n{% endnote %}');
    expect(html).toBe(
      '<details class="markdown-alert markdown-alert-note" role="note"><summary class="markdown-alert-title">Read &#x3C;this> first</summary>\n<p>Body <em>text</em></p>\n</details>',
    );
  });

  it('leaves out an empty note', () => {
    expect(md('a\n\n{% note %}\n{% endnote %}\n\nb')).toBe('a\n\n\n\nb');
  });
});
