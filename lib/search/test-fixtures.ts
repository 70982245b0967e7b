// Synthetic posts and a built-in-memory index, shared by the search tests.
import { byDateDescending, type Post } from '../post-index';
import { factsOfHtml } from '../test-fixtures';
import { buildSearchIndex } from './build';
import { memorySource } from './memory-source';
import { search, type SearchFilters, type SearchSource } from './search';

interface PostFields {
  title?: string;
  /** Plain text, wrapped in a paragraph; use `html` for markup. */
  body?: string;
  html?: string;
  date?: string;
  tags?: string[];
  /** Category paths, as front matter lists them: `[['개발', '웹']]`. */
  categories?: string[][];
}

const slugOf = (name: string) => name.toLowerCase();

/** A published post as lib/post-index.ts would build it; only what a test names differs. */
export function makePost(slug: string, fields: PostFields = {}): Post {
  const { title = slug, body = '', date = '2025-01-01T00:00:00Z', tags = [], categories = [] } = fields;
  const html = fields.html ?? `<p>${body}</p>`;
  const { toc, text, readingMinutes, hasMath, hasZoomableImages } = factsOfHtml(html);
  return {
    slug,
    permalink: `/posts/${slug}`,
    title,
    date: new Date(date),
    excerpt: '',
    html,
    toc,
    text,
    readingMinutes,
    hasMath,
    hasZoomableImages,
    tags: tags.map((name) => ({ name, slug: slugOf(name) })),
    categories: categories.map((names) => ({
      name: names.at(-1)!,
      slug: slugOf(names.at(-1)!),
      names,
      slugs: names.map(slugOf),
    })),
    sourcePath: `${slug}.md`,
    sticky: 0,
    comments: true,
  };
}

/** The index of `posts`, built as scripts/build-search-index.ts builds it (newest first). */
export function indexOf(posts: readonly Post[]): SearchSource {
  const sorted = [...posts].sort(byDateDescending);
  return memorySource(buildSearchIndex(sorted));
}

/** The slugs a query finds, best first (all of them, not one page). */
export async function slugsFor(source: SearchSource, query: string, filters?: SearchFilters): Promise<string[]> {
  return (await search(source, query, filters, 1000)).results.map((result) => result.slug);
}
