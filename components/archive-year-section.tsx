import type { ArchiveYear } from '@/lib/archives';
import { formatYear } from '@/lib/dates';
import { t } from '@/lib/messages';
import type { Post } from '@/lib/posts';
import { site } from '@/lib/site';
import { archivesUrl } from '@/lib/urls';

import { ArchiveMonthSection } from './archive-month-section';

/** One year of the archive: its name (a link to the year's page), its whole post count, its months. */
export function ArchiveYearSection({ year }: { year: ArchiveYear<Post> }) {
  return (
    <section aria-labelledby={`archive-${year.year}`} className="flex flex-col gap-6">
      <h2
        id={`archive-${year.year}`}
        className="flex items-baseline gap-2 border-b border-zinc-200 pb-2 text-2xl font-bold text-zinc-900 dark:border-zinc-800 dark:text-zinc-50"
      >
        <a href={archivesUrl(year.year)} className="hover:underline">
          {formatYear(year.year, site.locale)}
        </a>{' '}
        <span className="text-sm font-normal text-zinc-600 dark:text-zinc-400">{t.postCount(year.count)}</span>
      </h2>
      {year.months.map((month) => (
        <ArchiveMonthSection key={month.month} month={month} level={3} />
      ))}
    </section>
  );
}
