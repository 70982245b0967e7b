import type { Cover } from './content/cover';
import type { License } from './content/license';
import type { MarkdownFacts } from './markdown/facts';
import { relatedPosts } from './related';
import { groupSeries, seriesPartOf, type Series, type SeriesPart } from './series';
import { nameKey } from './slug';
import {
  assignSlugs,
  buildCategoryTree,
  categoryForNames,
  compareText,
  findCategory,
  flattenTree,
  type Category,
  type CategoryNode,
  type Tag,
} from './taxonomy';

/** What the content layer hands over for each post (see contentlayer.config.ts). */
export interface SourcePost {
  slug: string;
  /** The post's path on the site, unencoded (lib/urls.ts `postPermalink`). */
  permalink: string;
  /** Its path under the previous pattern (`legacy_permalink`), when the site has one. */
  previousPermalink?: string;
  /** Old paths of the post (`aliases`), as written. */
  aliasPaths?: string[];
  displayTitle: string;
  publishedAt: string;
  updatedAt?: string;
  isPublished: boolean;
  tagNames: string[];
  categoryPaths: string[][];
  summary: string;
  /** hexo-generator-index's `sticky`: 0 unless pinned. */
  sticky?: number;
  /** `cover`, `thumbnail` or `banner`, resolved (lib/content/cover.ts). */
  cover?: Cover;
  commentsEnabled?: boolean;
  /** Front matter `comments_id`: the key of its comment thread. */
  commentsId?: string;
  /** The post's own language (`lang`), when set. */
  language?: string;
  /** The post's own `license`, when it names one. */
  ownLicense?: License | null;
  /** `series` and `series_order` (lib/front-matter.ts `readSeries`). */
  seriesEntry?: { name: string; order?: number } | null;
  body: { html: string };
  /** What is known of the rendered body (lib/markdown/facts.ts). */
  facts: MarkdownFacts;
  _raw: { sourceFilePath: string };
}

/** A published post as routes and components see it. */
export interface Post {
  slug: string;
  /** Its path on the site, unencoded NFC (`/2015/01/15/tic-tac-toe/`); `postUrl` encodes it. */
  permalink: string;
  title: string;
  date: Date;
  updated?: Date;
  excerpt: string;
  html: string;
  /** Its h2 and h3 headings, for the table of contents. */
  toc: MarkdownFacts['toc'];
  /** The body's text as a reader sees it, one line per block: what search finds. */
  text: string;
  readingMinutes: number;
  /** Whether the body holds formulas KaTeX typeset: only then does the page load KaTeX's styles and fonts. */
  hasMath: boolean;
  /** Whether the body holds an image the reader can open large: only then does the page load the zoom island. */
  hasZoomableImages: boolean;
  tags: Tag[];
  /** The deepest category of each of the post's category paths. */
  categories: Category[];
  sourcePath: string;
  /** Pinned to the top of the home page, highest first; 0 when not. */
  sticky: number;
  /** The post's picture for listings and link previews (`cover`, `thumbnail` or `banner`). */
  cover?: Cover;
  /** `comments: false` turns the comments off on this post. */
  comments: boolean;
  /** Front matter `comments_id`: the key of its comment thread, instead of the slug. */
  commentsId?: string;
  /** Its path under the previous permalink pattern (`legacy_permalink`), unencoded NFC, when the site has one. */
  previousPermalink?: string;
  /** The post's language, when it differs from the site's (`<article lang>`). */
  lang?: string;
  /** Its licence: its own `license`, else the site's; none when neither names one. */
  license?: License;
  /** The series it is a part of (`series:`), named and slugged as tags are. */
  series?: Tag;
  /** Its `series_order`, when it has one (lib/series.ts orders the parts). */
  seriesOrder?: number;
}

/** What the site decides for every post that does not decide for itself. */
export interface PostDefaults {
  license?: License;
}

export interface TagSummary extends Tag {
  count: number;
}

/** Adjacent posts in date order. */
export interface Neighbours {
  newer?: Post;
  older?: Post;
}

/** All queries over one set of posts. Built once; nothing in it is mutated afterwards. */
export interface PostIndex {
  posts: readonly Post[];
  /** The post at a path (`/2015/01/15/tic-tac-toe/`, unencoded), if any. */
  getPostByPermalink(permalink: string): Post | undefined;
  /** The home page's order: pinned (`sticky`) posts first, highest first, then newest first. */
  homePosts: readonly Post[];
  getPost(slug: string): Post | undefined;
  getNeighbours(post: Post): Neighbours;
  /** Up to three posts sharing the most tags and category levels with `post` (lib/related.ts). */
  getRelated(post: Post): readonly Post[];
  tags: readonly TagSummary[];
  getTag(slug: string): TagSummary | undefined;
  getPostsByTag(tag: Tag): readonly Post[];
  categoryTree: readonly CategoryNode[];
  categories: readonly CategoryNode[];
  getCategory(slugs: readonly string[]): CategoryNode | undefined;
  getPostsByCategory(category: Category): readonly Post[];
  /** Every series, the most recently updated first. */
  series: readonly Series[];
  getSeries(slug: string): Series | undefined;
  /** The post's place in its series, if it is a part of one. */
  getSeriesPart(post: Post): SeriesPart | undefined;
}

/**
 * The one publication rule, settled by the content layer (lib/content/publication.ts): a draft, or
 * with `future: false` a post dated after the build, is kept out of every page, list and index.
 */
export const isPublished = (post: SourcePost) => post.isPublished;

/** Newest first; posts with the same instant in slug order, so builds are reproducible. */
export const byDateDescending = (a: Post, b: Post) =>
  b.date.getTime() - a.date.getTime() || compareText(a.slug, b.slug);

/** When a post last changed: its `updated` date, else its publication date (feeds, sitemap, metadata). */
export const lastModified = (post: Pick<Post, 'date' | 'updated'>): Date => post.updated ?? post.date;

/**
 * Two files with one slug would fight over one asset folder and OG image, two with one permalink
 * over one URL: fail, naming both.
 */
function assertUniqueSlugs(sources: readonly SourcePost[]): void {
  for (const [key, what] of [
    ['slug', 'slug'],
    ['permalink', 'URL'],
  ] as const) {
    const seen = new Map<string, string>();
    for (const source of sources) {
      const value = source[key].normalize('NFC');
      const other = seen.get(value);
      if (other) {
        throw new Error(
          `Two posts have the ${what} "${value}": ${other} and ${source._raw.sourceFilePath}. Rename one of the files` +
            (key === 'permalink' ? ' or give one its own `permalink:`.' : '.'),
        );
      }
      seen.set(value, source._raw.sourceFilePath);
    }
  }
}

/** Builds every query the site needs from the content layer's output. */
export function buildPostIndex(sources: readonly SourcePost[], defaults: PostDefaults = {}): PostIndex {
  assertUniqueSlugs(sources);
  const published = sources.filter(isPublished);
  const tagBySlugKey = assignSlugs(published.flatMap((source) => source.tagNames));
  const categoryTree = buildCategoryTree(published.map((source) => source.categoryPaths));
  // Series names are slugged as tag names are: readable Unicode, case-insensitive, collision-free.
  const seriesBySlugKey = assignSlugs(published.flatMap((source) => source.seriesEntry?.name ?? []));

  const posts = published
    .map((source): Post => ({
      slug: source.slug,
      permalink: source.permalink.normalize('NFC'),
      title: source.displayTitle,
      date: new Date(source.publishedAt),
      updated: source.updatedAt ? new Date(source.updatedAt) : undefined,
      excerpt: source.summary,
      html: source.body.html,
      toc: source.facts.toc,
      text: source.facts.text,
      readingMinutes: source.facts.readingMinutes,
      hasMath: source.facts.hasMath,
      hasZoomableImages: source.facts.hasZoomableImages,
      tags: source.tagNames.map((name) => tagBySlugKey.get(nameKey(name))!),
      categories: source.categoryPaths.map((names) => toCategory(categoryForNames(categoryTree, names))),
      sourcePath: source._raw.sourceFilePath,
      sticky: source.sticky ?? 0,
      cover: source.cover,
      comments: source.commentsEnabled ?? true,
      ...(source.commentsId && { commentsId: source.commentsId }),
      ...(source.previousPermalink && { previousPermalink: source.previousPermalink.normalize('NFC') }),
      lang: source.language,
      license: source.ownLicense ?? defaults.license,
      series: source.seriesEntry ? seriesBySlugKey.get(nameKey(source.seriesEntry.name)) : undefined,
      seriesOrder: source.seriesEntry?.order,
    }))
    .sort(byDateDescending);
  // hexo-generator-index pins on the home page only; a stable sort keeps the date order below.
  const homePosts = posts.some((post) => post.sticky > 0) ? posts.toSorted((a, b) => b.sticky - a.sticky) : posts;

  const postBySlug = new Map(posts.map((post, i) => [post.slug, i]));
  const postByPermalink = new Map(posts.map((post) => [post.permalink, post]));
  const postsByTag = groupBy(posts, (post) => post.tags.map((tag) => tag.slug));
  // A post belongs to each category on its paths and to all their ancestors.
  const postsByCategory = groupBy(posts, (post) =>
    post.categories.flatMap((category) => category.slugs.map((_, i) => categoryKey(category.slugs.slice(0, i + 1)))),
  );
  const tags = [...tagBySlugKey.values()]
    .map((tag) => ({ ...tag, count: postsByTag.get(tag.slug)?.length ?? 0 }))
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name));
  const tagBySlug = new Map(tags.map((tag) => [tag.slug, tag]));
  const series = groupSeries(posts);
  const seriesBySlug = new Map(series.map((entry) => [entry.slug, entry]));
  // Worked out when a page first asks, from the groupings above; most builds ask once per post.
  const relatedBySlug = new Map<string, readonly Post[]>();
  const relatedLookups = {
    postsWithTag: (slug: string) => postsByTag.get(slug) ?? [],
    postsInCategory: (slugs: readonly string[]) => postsByCategory.get(categoryKey(slugs)) ?? [],
  };

  return {
    posts,
    getPostByPermalink: (permalink) => postByPermalink.get(permalink.normalize('NFC')),
    homePosts,
    getPost: (slug) => {
      const i = postBySlug.get(slug.normalize('NFC'));
      return i === undefined ? undefined : posts[i];
    },
    getNeighbours: (post) => {
      const i = postBySlug.get(post.slug);
      return i === undefined ? {} : { newer: posts[i - 1], older: posts[i + 1] };
    },
    getRelated: (post) => {
      let related = relatedBySlug.get(post.slug);
      if (!related) relatedBySlug.set(post.slug, (related = relatedPosts(post, relatedLookups)));
      return related;
    },
    tags,
    getTag: (slug) => tagBySlug.get(slug.normalize('NFC')),
    getPostsByTag: (tag) => postsByTag.get(tag.slug) ?? [],
    categoryTree,
    categories: flattenTree(categoryTree),
    getCategory: (slugs) =>
      findCategory(
        categoryTree,
        slugs.map((slug) => slug.normalize('NFC')),
      ),
    getPostsByCategory: (category) => postsByCategory.get(categoryKey(category.slugs)) ?? [],
    series,
    getSeries: (slug) => seriesBySlug.get(slug.normalize('NFC')),
    getSeriesPart: (post) => {
      const entry = post.series && seriesBySlug.get(post.series.slug);
      return entry && seriesPartOf(entry, post);
    },
  };
}

function toCategory({ name, slug, names, slugs }: CategoryNode): Category {
  return { name, slug, names, slugs };
}

const categoryKey = (slugs: readonly string[]) => slugs.join('/');

/** Groups sorted posts under each key they have, keeping their order and listing each once per key. */
function groupBy(posts: readonly Post[], keysOf: (post: Post) => string[]): Map<string, Post[]> {
  const groups = new Map<string, Post[]>();
  for (const post of posts) {
    for (const key of new Set(keysOf(post))) {
      const group = groups.get(key);
      if (group) group.push(post);
      else groups.set(key, [post]);
    }
  }
  return groups;
}
