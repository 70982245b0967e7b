import type { ArchiveYear } from '@/lib/archives';
import { formatMonth, formatYear } from '@/lib/dates';
import { t } from '@/lib/messages';
import type { Post } from '@/lib/posts';
import { site } from '@/lib/site';
import { archivesUrl } from '@/lib/urls';

/**
 * Every year and month of an archive with its post count, one line a year, each a link to its
 * page: the listing below is paged, and this keeps every month a click away from any page of it.
 */
export function ArchiveOverview({ years }: { years: readonly ArchiveYear<Post>[] }) {
  const count = (n: number) => (
    <span className="text-zinc-600 tabular-nums dark:text-zinc-400">{t.archiveOverviewCount(n)}</span>
  );
  return (
    <nav aria-label={t.archiveOverview} className="rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800">
      <ul className="flex flex-col gap-2">
        {years.map((year) => (
          <li key={year.year} className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
            <span className="font-semibold">
              <a href={archivesUrl(year.year)} className="hover:underline">
                {formatYear(year.year, site.locale)}
              </a>{' '}
              {count(year.count)}
            </span>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {year.months.map((month) => (
                <li key={month.month}>
                  <a href={archivesUrl(year.year, month.month)} className="hover:underline">
                    {formatMonth(month.month, site.locale)}
                  </a>{' '}
                  {count(month.count)}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
