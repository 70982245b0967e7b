import type { Neighbours, Post, SeriesPart } from '@/lib/posts';

import { PostLicense } from './post-license';
import { Comments } from './comments';
import { ImageZoom } from './image-zoom';
import { PostMeta } from './post-meta';
import { PostNav } from './post-nav';
import { RelatedPosts } from './related-posts';
import { SeriesBox } from './series-box';
import { TableOfContents } from './table-of-contents';

interface PostArticleProps {
  post: Post;
  neighbours: Neighbours;
  related: readonly Post[];
  /** Its place in its series, when it is a part of one. */
  seriesPart?: SeriesPart;
}

/**
 * A whole post: heading, metadata, table of contents, the rendered Markdown, related posts,
 * links to its neighbours and its comments (unless `comments: false`). On xl screens the table of contents is a sticky column to the right:
 * the grid reaches past the right edge of `main` (max-w-3xl) by that column's width, so the text
 * keeps its width and stays aligned with the header, and no other page changes.
 */
export function PostArticle({ post, neighbours, related, seriesPart }: PostArticleProps) {
  return (
    <div className="xl:-mr-60 xl:grid xl:grid-cols-[minmax(0,1fr)_13rem] xl:gap-x-8">
      <article className="flex min-w-0 flex-col gap-8" lang={post.lang}>
        <header className="flex flex-col gap-4">
          <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">
            {post.title}
          </h1>
          <PostMeta post={post} />
        </header>
        <TableOfContents entries={post.toc} variant="collapsible" />
        <div
          className="prose max-w-none prose-zinc dark:prose-invert prose-headings:scroll-mt-20 prose-a:break-words"
          // The HTML is rendered at build time from the author's own Markdown (contentlayer.config.ts).
          dangerouslySetInnerHTML={{ __html: post.html }}
          // The copy buttons' island adds to it (only `next dev` hydrates, and would warn).
          suppressHydrationWarning
        />
        <PostLicense post={post} />
        {seriesPart && <SeriesBox part={seriesPart} post={post} />}
        <RelatedPosts posts={related} />
        <PostNav neighbours={neighbours} />
        {post.comments && <Comments post={post} />}
        {post.hasZoomableImages && <ImageZoom />}
      </article>
      <TableOfContents entries={post.toc} variant="sidebar" />
    </div>
  );
}
