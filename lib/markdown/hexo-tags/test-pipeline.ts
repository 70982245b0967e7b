// For tests only: the site's Markdown pipeline (contentlayer.config.ts) up to the HTML, without
// the steps that read files (post images) or only decorate (slugs, heading links).
import { rehypeGithubAlerts } from 'rehype-github-alerts';
import rehypePrettyCode from 'rehype-pretty-code';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

import { alertOptions } from '../alerts';
import { codeBlockOptions, rehypeKeepCodeMeta } from '../code-blocks';
import { expandHexoTags } from './expand';
import type { HexoTagContext } from './types';

/** Markdown (tags already expanded) → HTML, through the site's plugins; Shiki only when asked. */
export async function renderMarkdown(markdown: string, { highlight = false } = {}): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeKeepCodeMeta)
    .use(rehypeRaw)
    .use(rehypeGithubAlerts, alertOptions);
  if (highlight) processor.use(rehypePrettyCode, codeBlockOptions);
  return String(await processor.use(rehypeStringify).process(markdown));
}

/** A context with two posts and one asset, for tests. */
export const testContext: HexoTagContext = {
  file: 'notes/post.md',
  findPost: (target) =>
    ({
      'hello-world': { title: 'Hello <World> & "Friends"', url: '/posts/hello-world/' },
      'notes/second.md': { title: 'Second', url: '/posts/second/' },
    })[target],
  assetUrl: (name) => (['photo.png', 'report.pdf'].includes(name) ? `/posts/post/${name}` : undefined),
  keepTags: ['tabs', 'center'],
};

/** Expands with {@link testContext} (or the given overrides) and renders the result. */
export async function expandAndRender(markdown: string, context: Partial<HexoTagContext> = {}, highlight = false) {
  const expanded = expandHexoTags(markdown, { ...testContext, ...context });
  return { ...expanded, html: await renderMarkdown(expanded.markdown, { highlight }) };
}
