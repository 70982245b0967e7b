import type { ArchiveMonth } from '@/lib/archives';
import { formatMonth } from '@/lib/dates';
import { t } from '@/lib/messages';
import type { Post } from '@/lib/posts';
import { site } from '@/lib/site';
import { archivesUrl } from '@/lib/urls';

import { ArchivePostList } from './archive-post-list';

interface ArchiveMonthSectionProps {
  month: ArchiveMonth<Post>;
  /** h2 on a year's page, h3 under the year on the page of every year. */
  level: 2 | 3;
}

/** One month of the archive: its name (a link to the month's page), its whole post count, its posts. */
export function ArchiveMonthSection({ month, level }: ArchiveMonthSectionProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="flex flex-col gap-3">
      <Heading className="flex items-baseline gap-2 text-lg font-bold text-zinc-900 dark:text-zinc-50">
        <a href={archivesUrl(month.year, month.month)} className="hover:underline">
          {formatMonth(month.month, site.locale)}
        </a>{' '}
        <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">{t.postCount(month.count)}</span>
      </Heading>
      <ArchivePostList posts={month.posts} />
    </section>
  );
}
