import { readFileSync } from 'node:fs';
import path from 'node:path';

import { defineDocumentType, makeSource } from 'contentlayer2/source-files';

import { makeExcerpt } from './lib/excerpt';
import { postCacheKeys } from './lib/content/cache-key';
import { rehypeKeepPostFacts, takePostFacts } from './lib/content/post-facts';
import { resolveCover } from './lib/content/cover';
import { canonicalFrontMatter } from './lib/content/hexo-front-matter';
import { frontMatterFields, permalinkOfPost } from './lib/content/post-permalink';
import { prepareMarkdown } from './lib/content/prepare';
import { parsePostFileName } from './lib/content/post-file-name';
import { isPublishedAt } from './lib/content/publication';
import { sitePublication } from './lib/content/site-publication';
import { postTagContext } from './lib/content/tag-context';
import {
  readCategoryPaths,
  readComments,
  readCommentsId,
  readCover,
  readDate,
  readExcerptField,
  readAliases,
  readLang,
  readLicense,
  readPublished,
  readSeries,
  readSticky,
  readTags,
  readTitle,
  readUpdated,
} from './lib/front-matter';
import { addMarkdownPipeline } from './lib/markdown/pipeline';
import { contentDirs } from './lib/content/dirs';
import { site } from './lib/site';

type PreprocessHook = (text: string, sourceFilePath: string) => string;
type DocumentHashHook = (relativeFilePath: string, fileHash: string) => string;

// What Hexo does before it renders a post, done before contentlayer reads it (its source reader
// calls this hook: patches/@contentlayer2+source-files+0.5.8.patch), so that the body, the
// excerpt and everything derived from them see what the reader sees.
(globalThis as { contentlayerPreprocessMarkdown?: PreprocessHook }).contentlayerPreprocessMarkdown = (
  text,
  sourceFilePath,
) => prepareMarkdown(text, postTagContext(sourceFilePath));

// Hexo front matter is loosely typed (a tag list may be one string, a date may be quoted or not),
// so the raw fields are JSON and lib/front-matter.ts checks them, naming the file and field.
const hexoField = { type: 'json', required: false } as const;

const fileName = (sourceFilePath: string) => parsePostFileName(sourceFilePath, site.newPostName);

const postDate = (doc: { _raw: { sourceFilePath: string }; date?: unknown }) =>
  readDate(doc.date, doc._raw.sourceFilePath, site.timeZone, fileName(doc._raw.sourceFilePath).date);

// Contentlayer keeps a built post while its file is unchanged (so one edit rebuilds one post);
// its cache key also covers what else the post's page is made of (lib/content/cache-key.ts),
// down to a future post whose day has come since the last build.
(globalThis as { contentlayerDocumentHash?: DocumentHashHook }).contentlayerDocumentHash = postCacheKeys({
  site,
  dirs: { posts: contentDirs.posts, static: contentDirs.static },
  lockFile: 'package-lock.json',
  heldBack: site.future
    ? undefined
    : (file) => {
        const text = readFileSync(path.join(contentDirs.posts, file), 'utf8');
        const fields = frontMatterFields(canonicalFrontMatter(text));
        return !isPublishedAt(true, postDate({ _raw: { sourceFilePath: file }, date: fields.date }), sitePublication);
      },
});

/** What a post's URL is made of (lib/content/post-permalink.ts). */
const permalinkFacts = (doc: {
  _raw: { sourceFilePath: string };
  body: { raw: string };
  title?: unknown;
  date?: unknown;
  categories?: unknown;
  category?: unknown;
}) => {
  const file = doc._raw.sourceFilePath;
  return {
    fileName: fileName(file),
    title: readTitle(doc.title, file, fileName(file).slug),
    date: readDate(doc.date, file, site.timeZone, fileName(file).date),
    categoryPaths: readCategoryPaths(doc, file),
    // Every field of the file's front matter: contentlayer keeps only the declared ones (a post's
    // own `permalink` would even lose to the computed field of that name), and `body.raw` has none.
    fields: frontMatterFields(canonicalFrontMatter(readFileSync(path.join(contentDirs.posts, file), 'utf8'))),
    file: path.join(contentDirs.posts, file),
  };
};

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
    sticky: hexoField,
    cover: hexoField,
    thumbnail: hexoField,
    banner: hexoField,
    comments: hexoField,
    comments_id: hexoField,
    lang: hexoField,
    aliases: hexoField,
    alias: hexoField,
    license: hexoField,
    series: hexoField,
    series_order: hexoField,
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => fileName(doc._raw.sourceFilePath).slug },
    permalink: { type: 'string', resolve: (doc) => permalinkOfPost(permalinkFacts(doc)) },
    // Where the post was under the previous pattern (`legacy_permalink`), for a redirect.
    previousPermalink: {
      type: 'string',
      resolve: (doc) => site.legacyPermalink && permalinkOfPost(permalinkFacts(doc), site.legacyPermalink),
    },
    aliasPaths: { type: 'list', of: { type: 'string' }, resolve: (doc) => readAliases(doc, doc._raw.sourceFilePath) },
    displayTitle: {
      type: 'string',
      resolve: (doc) => readTitle(doc.title, doc._raw.sourceFilePath, fileName(doc._raw.sourceFilePath).slug),
    },
    publishedAt: { type: 'string', resolve: (doc) => postDate(doc).toISOString() },
    updatedAt: {
      type: 'string',
      resolve: (doc) => readUpdated(doc.updated, doc._raw.sourceFilePath, site.timeZone)?.toISOString(),
    },
    // Drafts and, with `future: false`, posts dated after the build: every later step filters on this.
    isPublished: {
      type: 'boolean',
      resolve: (doc) =>
        isPublishedAt(readPublished(doc.published, doc._raw.sourceFilePath), postDate(doc), sitePublication),
    },
    tagNames: { type: 'list', of: { type: 'string' }, resolve: (doc) => readTags(doc, doc._raw.sourceFilePath) },
    categoryPaths: { type: 'json', resolve: (doc) => readCategoryPaths(doc, doc._raw.sourceFilePath) },
    sticky: { type: 'number', resolve: (doc) => readSticky(doc.sticky, doc._raw.sourceFilePath) },
    cover: {
      type: 'json',
      resolve: (doc) =>
        resolveCover(
          readCover(doc, doc._raw.sourceFilePath),
          { sourceFilePath: doc._raw.sourceFilePath, slug: fileName(doc._raw.sourceFilePath).slug },
          contentDirs,
        ),
    },
    commentsEnabled: { type: 'boolean', resolve: (doc) => readComments(doc.comments, doc._raw.sourceFilePath) },
    commentsId: { type: 'string', resolve: (doc) => readCommentsId(doc.comments_id, doc._raw.sourceFilePath) },
    language: { type: 'string', resolve: (doc) => readLang(doc.lang, doc._raw.sourceFilePath) },
    seriesEntry: { type: 'json', resolve: (doc) => readSeries(doc, doc._raw.sourceFilePath) ?? null },
    ownLicense: { type: 'json', resolve: (doc) => readLicense(doc.license, doc._raw.sourceFilePath) ?? null },
    summary: {
      type: 'string',
      resolve: (doc) => makeExcerpt(doc.body.raw, readExcerptField(doc.excerpt, doc._raw.sourceFilePath), site.locale),
    },
    // Its TOC, text, reading time and flags, read off the rendered tree (lib/markdown/facts.ts).
    facts: { type: 'json', resolve: (doc) => takePostFacts(doc._raw.sourceFilePath) },
  },
}));

export default makeSource({
  contentDirPath: contentDirs.posts,
  documentTypes: [Post],
  // Contentlayer's default skips a broken post with a warning; a blog must never lose a post quietly.
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  // Hexo posts carry fields this engine has no use for (`layout`, `photos`, ...).
  onExtraFieldData: 'ignore',
  // tsconfig.json maps `contentlayer/generated` through `paths`; TypeScript 5.9 needs no `baseUrl`.
  disableImportAliasWarning: true,
  markdown: (builder) => {
    addMarkdownPipeline(builder, {
      images: { contentDir: contentDirs.posts, publicDir: contentDirs.static, slugOf: (file) => fileName(file).slug },
    }).use(rehypeKeepPostFacts);
  },
});
