import { groupByMonth, type ArchiveMonth, type ArchiveYear } from './archives';
import { formatYear, formatYearMonth } from './dates';
import { t } from './messages';
import { postIndex, type Post } from './posts';
import { site } from './site';
import { monthSegment } from './urls';

// The archive pages: every post by year and month, in the site's time zone. They list titles and
// dates compactly, so unlike the card listings (lib/listings.ts) they are not paginated.

let archive: readonly ArchiveYear<Post>[] | undefined;

/** Every year with posts, newest first, each with its months; grouped once, on first use. */
export function siteArchive(): readonly ArchiveYear<Post>[] {
  archive ??= groupByMonth(postIndex.posts, site.timeZone);
  return archive;
}

/** The archive year for a raw route param (`2025`), or `undefined` (`02025`, `1999` without posts). */
export function resolveArchiveYear(yearParam: string): ArchiveYear<Post> | undefined {
  return siteArchive().find((year) => String(year.year) === yearParam);
}

/** The archive month for raw route params (`2025`, `01`), or `undefined` (`1`, `13`, a month without posts). */
export function resolveArchiveMonth(yearParam: string, monthParam: string): ArchiveMonth<Post> | undefined {
  return resolveArchiveYear(yearParam)?.months.find((month) => monthSegment(month.month) === monthParam);
}

/** Route params of every archive year page. */
export function archiveYearParams(): { year: string }[] {
  return siteArchive().map((year) => ({ year: String(year.year) }));
}

/** Route params of every archive month page. */
export function archiveMonthParams(): { year: string; month: string }[] {
  return siteArchive().flatMap((year) =>
    year.months.map((month) => ({ year: String(year.year), month: monthSegment(month.month) })),
  );
}

/** The heading and page title of an archive year or month (`2025년의 글`, `2025년 1월의 글`). */
export function archiveTitle(period: { year: number; month?: number }): string {
  const { year, month } = period;
  return t.archiveOf(month === undefined ? formatYear(year, site.locale) : formatYearMonth(year, month, site.locale));
}
