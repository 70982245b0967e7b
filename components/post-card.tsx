import type { Post } from '@/lib/posts';
import { postUrl } from '@/lib/urls';

import { PostMeta } from './post-meta';
import { SeriesLink } from './series-link';

/** One entry of a listing: its series, title, its picture when it has one, excerpt, date, categories and tags. */
export function PostCard({ post }: { post: Post }) {
  return (
    <article className="flex flex-col gap-3 py-8" lang={post.lang}>
      {post.series && <SeriesLink series={post.series} />}
      <h2 className="text-2xl font-bold tracking-tight text-zinc-900 dark:text-zinc-50">
        <a href={postUrl(post)} className="hover:underline">
          {post.title}
        </a>
      </h2>
      {post.cover && (
        // The title beside it names the post; the picture adds nothing a screen reader should repeat.
        // Pages ship without Next's runtime and the site serves no image optimizer: a plain <img>.
        // eslint-disable-next-line @next/next/no-img-element
        <img
          src={post.cover.src}
          width={post.cover.width}
          height={post.cover.height}
          alt=""
          loading="lazy"
          decoding="async"
          className="max-h-72 w-full rounded-lg object-cover"
        />
      )}
      <p className="leading-relaxed text-zinc-700 dark:text-zinc-300">{post.excerpt}</p>
      <PostMeta post={post} />
    </article>
  );
}
