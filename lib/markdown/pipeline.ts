import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { rehypeGithubAlerts } from 'rehype-github-alerts';
import rehypeKatex from 'rehype-katex';
import rehypePrettyCode from 'rehype-pretty-code';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Processor } from 'unified';

import { t } from '../messages';
import { alertOptions } from './alerts';
import { rehypeBackslashLinks } from './backslash-links';
import { rehypeBaseLinks } from './base-links';
import { rehypeDiagrams } from './diagrams';
import { rehypeFacts } from './facts';
import { codeBlockOptions, rehypeCodeLanguageLabels, rehypeKeepCodeMeta } from './code-blocks';
import { rehypeImageLinks } from './image-links';
import { rehypePostImages, type PostImagesOptions } from './post-images';
import { rehypeTaskListLabels } from './task-lists';

/**
 * The Markdown dialect of posts and pages, from the file's text (front matter included, Hexo's
 * tags already expanded: lib/content/tag-context.ts) to HTML: GFM, math, the author's own HTML,
 * images with sizes (each a link to its file), alerts, diagrams, highlighted code, heading anchors;
 * what is known of the result goes to `file.data.facts` (lib/markdown/facts.ts).
 * Contentlayer runs it for posts (contentlayer.config.ts), lib/pages.ts for pages.
 */
// unified's Processor type changes with every plugin; callers only hand it over.
export function addMarkdownPipeline(
  builder: Processor<any, any, any, any, any>, // eslint-disable-line @typescript-eslint/no-explicit-any
  options: { images: PostImagesOptions },
) {
  builder
    .use(remarkFrontmatter)
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMath)
    // Hexo posts embed HTML; the author's own markup is trusted and kept.
    .use(remarkRehype, { allowDangerousHtml: true, footnoteLabel: t.footnotes, footnoteBackLabel: t.backToContent })
    .use(rehypeKeepCodeMeta)
    .use(rehypeRaw)
    .use(rehypeBackslashLinks)
    .use(rehypePostImages, options.images)
    .use(rehypeBaseLinks)
    .use(rehypeImageLinks)
    .use(rehypeGithubAlerts, alertOptions)
    // Korean in a formula is fine (KaTeX sets it as text); other strict-mode findings are worth a warning.
    .use(rehypeKatex, { strict: (code: string) => (code === 'unicodeTextInMathMode' ? 'ignore' : 'warn') })
    // Before rehype-pretty-code, which would highlight a ```mermaid block as code.
    .use(rehypeDiagrams, { contentDir: options.images.contentDir, label: t.diagram })
    // After KaTeX, which has turned the `math` code blocks into formulas.
    .use(rehypePrettyCode, codeBlockOptions)
    .use(rehypeCodeLanguageLabels)
    .use(rehypeTaskListLabels)
    .use(rehypeSlug)
    .use(rehypeAutolinkHeadings, { behavior: 'wrap' })
    // The finished tree's TOC, text, reading time and flags (`file.data.facts`): no later step reads them off the HTML.
    .use(rehypeFacts)
    .use(rehypeStringify);
  return builder;
}
