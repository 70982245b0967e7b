import type { Neighbours, Post } from '@/lib/posts';

import { PostMeta } from './post-meta';
import { PostNav } from './post-nav';

/** A whole post: heading, metadata, the rendered Markdown, and links to its neighbours. */
export function PostArticle({ post, neighbours }: { post: Post; neighbours: Neighbours }) {
  return (
    <article className="flex flex-col gap-8">
      <header className="flex flex-col gap-4">
        <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 sm:text-4xl dark:text-zinc-50">
          {post.title}
        </h1>
        <PostMeta post={post} />
      </header>
      <div
        className="prose max-w-none prose-zinc dark:prose-invert prose-headings:scroll-mt-20 prose-a:break-words"
        // The HTML is rendered at build time from the author's own Markdown (contentlayer.config.ts).
        dangerouslySetInnerHTML={{ __html: post.html }}
      />
      <PostNav neighbours={neighbours} />
    </article>
  );
}
