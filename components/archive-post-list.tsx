import type { Post } from '@/lib/posts';
import { postUrl } from '@/lib/urls';

import { FormattedDate } from './formatted-date';

/** Posts as a compact list of dates and titles, for the archive pages. */
export function ArchivePostList({ posts }: { posts: readonly Post[] }) {
  return (
    <ul className="flex flex-col gap-2">
      {posts.map((post) => (
        <li key={post.slug} className="flex flex-col sm:flex-row sm:items-baseline sm:gap-4">
          <span className="shrink-0 text-sm text-zinc-600 tabular-nums sm:w-36 dark:text-zinc-400">
            <FormattedDate date={post.date} />
          </span>
          <a href={postUrl(post)} className="min-w-0 hover:underline">
            {post.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
