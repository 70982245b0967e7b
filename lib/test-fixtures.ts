// Source posts for unit tests, shared so that a change to the content layer's shape is made once.
import type { SourcePost } from './post-index';

/** A published post as the content layer would hand it over; `overrides` change what a test needs. */
export function sourcePost(slug: string, overrides: Partial<SourcePost> = {}): SourcePost {
  return {
    slug,
    permalink: `/posts/${slug}`,
    displayTitle: `제목 ${slug}`,
    publishedAt: '2025-01-01T00:00:00.000Z',
    isPublished: true,
    tagNames: [],
    categoryPaths: [],
    summary: `요약 ${slug}`,
    body: { html: `<p>${slug}</p>` },
    _raw: { sourceFilePath: `${slug}.md` },
    ...overrides,
  };
}
