// Source posts for unit tests, shared so that a change to the content layer's shape is made once.
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

import { factsOfTree, type MarkdownFacts } from './markdown/facts';
import type { SourcePost } from './post-index';

const htmlParser = unified().use(rehypeParse, { fragment: true });

/** The facts the content layer would read off a post rendered to `html`. */
export const factsOfHtml = (html: string): MarkdownFacts => factsOfTree(htmlParser.parse(html));

/** A published post as the content layer would hand it over; `overrides` change what a test needs. */
export function sourcePost(slug: string, overrides: Partial<SourcePost> = {}): SourcePost {
  const html = overrides.body?.html ?? `<p>${slug}</p>`;
  return {
    slug,
    permalink: `/posts/${slug}`,
    displayTitle: `제목 ${slug}`,
    publishedAt: '2025-01-01T00:00:00.000Z',
    isPublished: true,
    tagNames: [],
    categoryPaths: [],
    summary: `요약 ${slug}`,
    body: { html },
    facts: factsOfHtml(html),
    _raw: { sourceFilePath: `${slug}.md` },
    ...overrides,
  };
}
