import type { ReactNode } from 'react';

import type { Page } from '@/lib/pagination';
import { t } from '@/lib/messages';
import type { Post } from '@/lib/posts';

import { Pagination } from './pagination';
import { PostCard } from './post-card';

interface PostListProps {
  /** The listing's heading. */
  title: ReactNode;
  /** Shown above the heading, e.g. a breadcrumb. */
  before?: ReactNode;
  page: Page<Post>;
  hrefOf: (page: number) => string;
}

/** The one listing of posts: home, tag and category pages all render it. */
export function PostList({ title, before, page, hrefOf }: PostListProps) {
  return (
    <section aria-labelledby="listing-title">
      {before}
      <h1 id="listing-title" className="text-3xl font-extrabold tracking-tight text-zinc-900 dark:text-zinc-50">
        {title}
      </h1>
      {page.items.length ? (
        <div className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {page.items.map((post) => (
            <PostCard key={post.slug} post={post} />
          ))}
        </div>
      ) : (
        <p className="py-8 text-zinc-600 dark:text-zinc-400">{t.noPosts}</p>
      )}
      <Pagination page={page.page} totalPages={page.totalPages} hrefOf={hrefOf} />
    </section>
  );
}
