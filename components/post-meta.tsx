import { t } from '@/lib/messages';
import type { Post } from '@/lib/posts';

import { CategoryPath } from './category-path';
import { FormattedDate } from './formatted-date';
import { TagLinks } from './tag-links';

/** Date, update date, reading time, categories and tags of a post. */
export function PostMeta({ post }: { post: Post }) {
  return (
    <div className="flex flex-col gap-2 text-sm text-zinc-600 dark:text-zinc-400">
      <p className="flex flex-wrap gap-x-3 gap-y-1">
        <FormattedDate date={post.date} />
        {post.updated && (
          <span>
            ({t.updated} <FormattedDate date={post.updated} />)
          </span>
        )}
        <span>{t.readingTime(post.readingMinutes)}</span>
        {post.categories.map((category) => (
          <CategoryPath key={category.slugs.join('/')} category={category} />
        ))}
      </p>
      <TagLinks tags={post.tags} />
    </div>
  );
}
