import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { lightDiagramsOnly, rehypeDiagrams, scopeIds } from './diagrams';
import type { RenderDiagrams } from './mermaid';

const markdownToHtml = async (markdown: string, options: { render?: RenderDiagrams; contentDir?: string } = {}) =>
  String(
    await unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeDiagrams, { contentDir: options.contentDir ?? '/posts', label: '다이어그램', render: options.render })
      .use(rehypeStringify)
      .process({ value: markdown, data: { rawDocumentData: { sourceFilePath: 'a.md' } } }),
  );

const flowchart = ['```mermaid', 'flowchart LR', '  A[초안 쓰기] --> B[게시]', '```'].join('\n');

describe('rehypeDiagrams', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('draws each diagram into inline SVG for the light and the dark theme, ids unique, named for assistive technology', async () => {
    const titled = ['```mermaid', 'sequenceDiagram', '  accTitle: 인사', '  철수->>영희: 안녕', '```'].join('\n');
    const html = await markdownToHtml(`${flowchart}\n\n${titled}\n`);

    expect(html).not.toContain('<pre');
    expect(html.match(/<div data-diagram-theme="light"><svg/g)).toHaveLength(2);
    expect(html.match(/<div data-diagram-theme="dark"><svg/g)).toHaveLength(2);
    // The labels are text, which a reader can select and find.
    expect(html).toContain('초안 쓰기');
    expect(html).not.toMatch(/<script/i);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBeGreaterThan(4);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html.match(/<svg [^>]*role="img"/g)).toHaveLength(4);
    expect(html.match(/<svg [^>]*aria-label="다이어그램"/g)).toHaveLength(2);
    expect(html).toMatch(/<svg [^>]*aria-labelledby="[^"]+"[^>]*>\s*<title id="[^"]+">인사<\/title>/);
  }, 120_000);

  it('leaves a post without diagrams alone and starts no browser', async () => {
    const render = vi.fn<RenderDiagrams>();
    expect(await markdownToHtml('```js\nlet a;\n```\n', { render })).toBe(
      '<pre><code class="language-js">let a;\n</code></pre>',
    );
    expect(render).not.toHaveBeenCalled();
  });

  it("stops on a diagram Mermaid cannot parse, naming the file, the fence's line and Mermaid's message", async () => {
    const render: RenderDiagrams = async (diagrams) =>
      diagrams.map((diagram) =>
        diagram.includes('-->\n') || diagram.endsWith('-->')
          ? { status: 'rejected', reason: new Error('Parse error on line 2:\nA -->') }
          : { status: 'fulfilled', value: { svg: '<svg id="x"></svg>' } },
      );
    // The file on disk is what the author wrote: its line numbers win over the text the pipeline read.
    const dir = mkdtempSync(path.join(tmpdir(), 'diagrams-'));
    const source = `---\ntitle: a\n---\n\n${flowchart}\n\n\`\`\`mermaid\nflowchart TD\n  A -->\n\`\`\`\n`;
    writeFileSync(path.join(dir, 'a.md'), source);
    await expect(
      markdownToHtml(source.replace('---\ntitle: a\n---\n', ''), { render, contentDir: dir }),
    ).rejects.toThrow(`${path.join(dir, 'a.md')}:10: diagram: Parse error on line 2:\nA -->`);
  });

  it('says Chromium is needed, and how to get it, when there is none', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/nowhere/chromium');
    await expect(markdownToHtml(flowchart)).rejects.toThrow(
      /Chromium.*\/nowhere\/chromium.*apt-get install chromium.*CHROMIUM_PATH/s,
    );
  });
});

describe('scopeIds', () => {
  it('prefixes the ids Mermaid left unprefixed, and the references to them', () => {
    const tree = unified()
      .use(rehypeParse, { fragment: true })
      .parse(
        '<svg id="m-0" aria-labelledby="t"><title id="t">x</title><marker id="m-0_end"></marker>' +
          '<path marker-end="url(#m-0_end)"></path><g id="actor0"></g><use href="#actor0"></use></svg>',
      );
    const svg = tree.children[0];
    if (svg?.type !== 'element') throw new Error('no svg');
    scopeIds(svg);
    expect(unified().use(rehypeStringify).stringify(tree)).toBe(
      '<svg id="m-0" aria-labelledby="m-0-t"><title id="m-0-t">x</title><marker id="m-0_end"></marker>' +
        '<path marker-end="url(#m-0_end)"></path><g id="m-0-actor0"></g><use href="#m-0-actor0"></use></svg>',
    );
  });
});

describe('lightDiagramsOnly', () => {
  it('keeps the light drawing of each diagram for a feed, and the rest as it was', () => {
    const diagram =
      '<div data-diagram=""><div data-diagram-theme="light"><svg id="l"></svg></div><div data-diagram-theme="dark"><svg id="d"></svg></div></div>';
    expect(lightDiagramsOnly(`<p>a</p>${diagram}${diagram}`)).toBe(
      '<p>a</p>' + '<div data-diagram=""><div data-diagram-theme="light"><svg id="l"></svg></div></div>'.repeat(2),
    );
    expect(lightDiagramsOnly('<p>a</p>')).toBe('<p>a</p>');
  });
});
