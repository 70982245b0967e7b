import { t } from '@/lib/messages';
import type { Post } from '@/lib/posts';
import { postUrl } from '@/lib/urls';

import { FormattedDate } from './formatted-date';

/** Posts sharing the most tags and categories with this one (lib/related.ts); nothing if none do. */
export function RelatedPosts({ posts }: { posts: readonly Post[] }) {
  if (!posts.length) return null;
  return (
    <section
      aria-labelledby="related-posts-title"
      className="flex flex-col gap-4 border-t border-zinc-200 pt-8 dark:border-zinc-800"
    >
      <h2 id="related-posts-title" className="text-lg font-bold text-zinc-900 dark:text-zinc-50">
        {t.relatedPosts}
      </h2>
      <ul className="flex flex-col gap-3">
        {posts.map((post) => (
          <li key={post.slug} className="flex flex-col">
            <a href={postUrl(post)} className="font-semibold hover:underline">
              {post.title}
            </a>
            <span className="text-sm text-zinc-600 dark:text-zinc-400">
              <FormattedDate date={post.date} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
