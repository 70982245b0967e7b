import { defineDocumentType, makeSource } from 'contentlayer2/source-files';
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

import { makeExcerpt } from './lib/excerpt';
import {
  readCategoryPaths,
  readDate,
  readExcerptField,
  readPublished,
  readTags,
  readTitle,
  readUpdated,
} from './lib/front-matter';
import { alertOptions } from './lib/markdown/alerts';
import { rehypeTaskListLabels } from './lib/markdown/task-lists';
import { codeBlockOptions, rehypeCodeLanguageLabels, rehypeKeepCodeMeta } from './lib/markdown/code-blocks';
import { rehypePostImages } from './lib/markdown/post-images';
import { t } from './lib/messages';
import { site } from './lib/site';
import { postSlug } from './lib/slug';

// Hexo front matter is loosely typed (a tag list may be one string, a date may be quoted or not),
// so the raw fields are JSON and lib/front-matter.ts checks them, naming the file and field.
const hexoField = { type: 'json', required: false } as const;

export const Post = defineDocumentType(() => ({
  name: 'Post',
  filePathPattern: '**/*.{md,markdown}',
  contentType: 'markdown',
  fields: {
    title: hexoField,
    date: hexoField,
    updated: hexoField,
    tags: hexoField,
    tag: hexoField,
    categories: hexoField,
    category: hexoField,
    excerpt: hexoField,
    published: hexoField,
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => postSlug(doc._raw.sourceFilePath) },
    displayTitle: { type: 'string', resolve: (doc) => readTitle(doc.title, doc._raw.sourceFilePath) },
    publishedAt: {
      type: 'string',
      resolve: (doc) => readDate(doc.date, doc._raw.sourceFilePath, site.timeZone).toISOString(),
    },
    updatedAt: {
      type: 'string',
      resolve: (doc) => readUpdated(doc.updated, doc._raw.sourceFilePath, site.timeZone)?.toISOString(),
    },
    isPublished: { type: 'boolean', resolve: (doc) => readPublished(doc.published, doc._raw.sourceFilePath) },
    tagNames: { type: 'list', of: { type: 'string' }, resolve: (doc) => readTags(doc, doc._raw.sourceFilePath) },
    categoryPaths: { type: 'json', resolve: (doc) => readCategoryPaths(doc, doc._raw.sourceFilePath) },
    summary: {
      type: 'string',
      resolve: (doc) => makeExcerpt(doc.body.raw, readExcerptField(doc.excerpt, doc._raw.sourceFilePath), site.locale),
    },
  },
}));

const contentDirPath = process.env.CONTENT_DIR || 'content/posts';

export default makeSource({
  contentDirPath,
  documentTypes: [Post],
  // Contentlayer's default skips a broken post with a warning; a blog must never lose a post quietly.
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  // Hexo posts carry fields this engine has no use for (`layout`, `comments`, `lang`, ...).
  onExtraFieldData: 'ignore',
  // tsconfig.json maps `contentlayer/generated` through `paths`; TypeScript 5.9 needs no `baseUrl`.
  disableImportAliasWarning: true,
  markdown: (builder) => {
    builder
      .use(remarkFrontmatter)
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkMath)
      // Hexo posts embed HTML; the author's own markup is trusted and kept.
      .use(remarkRehype, { allowDangerousHtml: true, footnoteLabel: t.footnotes, footnoteBackLabel: t.backToContent })
      .use(rehypeKeepCodeMeta)
      .use(rehypeRaw)
      .use(rehypePostImages, { contentDir: contentDirPath })
      .use(rehypeGithubAlerts, alertOptions)
      // Korean in a formula is fine (KaTeX sets it as text); other strict-mode findings are worth a warning.
      .use(rehypeKatex, { strict: (code: string) => (code === 'unicodeTextInMathMode' ? 'ignore' : 'warn') })
      // After KaTeX, which has turned the `math` code blocks into formulas.
      .use(rehypePrettyCode, codeBlockOptions)
      .use(rehypeCodeLanguageLabels)
      .use(rehypeTaskListLabels)
      .use(rehypeSlug)
      .use(rehypeAutolinkHeadings, { behavior: 'wrap' })
      .use(rehypeStringify);
  },
});
