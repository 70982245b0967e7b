import type { ReactNode } from 'react';

import type { ArchiveListing } from '@/lib/archive-listings';
import { t } from '@/lib/messages';

import { ArchiveBreadcrumb } from './archive-breadcrumb';
import { ArchiveMonthSection } from './archive-month-section';
import { ArchiveOverview } from './archive-overview';
import { ArchivePostList } from './archive-post-list';
import { ArchiveYearSection } from './archive-year-section';
import { Pagination } from './pagination';

/**
 * One page of an archive listing: every post by year and month (`/archives`), one year by month,
 * or one month. The archive and each year also show the overview of their years and months, since
 * a page of the listing holds only some of them.
 */
export function ArchiveList({ listing }: { listing: ArchiveListing }) {
  const { period, archive, page, title, hrefOf } = listing;
  const months = page.items.flatMap((year) => year.months);
  let posts: ReactNode;
  if (!months.length) posts = <p className="text-zinc-600 dark:text-zinc-400">{t.noPosts}</p>;
  else if (period.year === undefined)
    posts = page.items.map((year) => <ArchiveYearSection key={year.year} year={year} />);
  else if (period.month === undefined)
    posts = months.map((month) => <ArchiveMonthSection key={month.month} month={month} level={2} />);
  else posts = <ArchivePostList posts={months.flatMap((month) => month.posts)} />;
  return (
    <section className="flex flex-col gap-8">
      {period.year !== undefined && <ArchiveBreadcrumb period={{ year: period.year, month: period.month }} />}
      <h1 className="text-3xl font-extrabold tracking-tight text-zinc-900 dark:text-zinc-50">{title}</h1>
      {period.month === undefined && archive.length > 0 && <ArchiveOverview years={archive} />}
      {posts}
      <Pagination page={page.page} totalPages={page.totalPages} hrefOf={hrefOf} />
    </section>
  );
}
