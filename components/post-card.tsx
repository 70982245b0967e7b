import type { Post } from '@/lib/posts';
import { postUrl } from '@/lib/urls';

import { PostMeta } from './post-meta';

/** One entry of a listing: title, excerpt, date, categories and tags, each a link. */
export function PostCard({ post }: { post: Post }) {
  return (
    <article className="flex flex-col gap-3 py-8">
      <h2 className="text-2xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">
        <a href={postUrl(post.slug)} className="hover:underline">
          {post.title}
        </a>
      </h2>
      <p className="leading-relaxed text-zinc-700 dark:text-zinc-300">{post.excerpt}</p>
      <PostMeta post={post} />
    </article>
  );
}
