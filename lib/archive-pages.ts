import type { ArchiveMonth, ArchiveYear } from './archives';
import { pageNumbers, pageRange, parsePageParam, type Page } from './pagination';
import { archivesPageUrl, monthSegment } from './urls';

// The archive listings (every post, a year, a month) are paged like the card listings
// (lib/pagination.ts), but each page keeps its posts grouped by year and month.

/** Which archive listing: every post, one year (`year`), or one month (`year` and `month`). */
export interface ArchivePeriod {
  year?: number;
  month?: number;
}

/** Raw route params of an archive page, as Next hands them over; page 1 has no `page`. */
export interface ArchiveParams {
  year?: string;
  month?: string;
  page?: string;
}

/** One page of an archive listing. */
export interface ArchivePage<P> {
  period: ArchivePeriod;
  /** The whole listing: every year, or the one year, or the one month (in its year), with all their posts. */
  archive: readonly ArchiveYear<P>[];
  /** Posts in the whole listing. */
  count: number;
  /** This page's posts by year and month; every year and month keeps the count of all its posts. */
  page: Page<ArchiveYear<P>>;
}

/**
 * Cuts page `page` out of a grouped archive, `perPage` posts a page, or `undefined` when there is
 * no such page. A month split across two pages appears on both, each time with its whole count,
 * so a reader landing on page 2 still sees how many posts the month has. Walks the months rather
 * than flattening every post: a build renders each of a large blog's hundreds of archive pages.
 */
export function paginateArchive<P>(
  years: readonly ArchiveYear<P>[],
  page: number,
  perPage: number,
): Page<ArchiveYear<P>> | undefined {
  const postCount = years.reduce((sum, year) => sum + year.months.reduce((n, month) => n + month.posts.length, 0), 0);
  const range = pageRange(postCount, page, perPage);
  if (!range) return undefined;
  const items: ArchiveYear<P>[] = [];
  let offset = 0;
  for (const year of years) {
    const months: ArchiveMonth<P>[] = [];
    for (const month of year.months) {
      const from = Math.max(range.start - offset, 0);
      const to = Math.min(range.end - offset, month.posts.length);
      if (from < to) months.push({ ...month, posts: month.posts.slice(from, to) });
      offset += month.posts.length;
    }
    if (months.length) items.push({ ...year, months });
  }
  return { items, page, totalPages: range.totalPages };
}

/**
 * Page of an archive listing for raw route params, or `undefined` (a 404): a year or month
 * without posts, a month not zero-padded (`1`), a page past the end, or a page number that is not
 * canonical (`0`, `02`, `abc`). Page 1 lives only at the listing itself, so `page: '1'` is refused.
 */
export function resolveArchivePage<P>(
  years: readonly ArchiveYear<P>[],
  params: ArchiveParams,
  perPage: number,
): ArchivePage<P> | undefined {
  const archive = archiveOf(years, params);
  const page = params.page === undefined ? 1 : parsePageParam(params.page);
  if (!archive || page === undefined || (page === 1 && params.page !== undefined)) return undefined;
  const slice = paginateArchive(archive.years, page, perPage);
  return slice && { period: archive.period, archive: archive.years, count: archive.count, page: slice };
}

/** Route params of every archive page, one list per route; page numbers start at 2 (page 1 has no `/page/N`). */
export interface ArchiveRouteParams {
  /** `/archives/page/[page]` */
  pages: { page: string }[];
  /** `/archives/[year]` */
  years: { year: string }[];
  /** `/archives/[year]/page/[page]` */
  yearPages: { year: string; page: string }[];
  /** `/archives/[year]/[month]` */
  months: { year: string; month: string }[];
  /** `/archives/[year]/[month]/page/[page]` */
  monthPages: { year: string; month: string; page: string }[];
}

/** Route params of every page of every archive listing, `perPage` posts a page, for `generateStaticParams`. */
export function archiveRouteParams<P>(years: readonly ArchiveYear<P>[], perPage: number): ArchiveRouteParams {
  const laterPages = (count: number) => pageNumbers(count, perPage).slice(1).map(String);
  const months = years.flatMap((year) => year.months.map((month) => ({ year, month })));
  const monthParams = ({ year, month }: (typeof months)[number]) => ({
    year: String(year.year),
    month: monthSegment(month.month),
  });
  return {
    pages: laterPages(totalCount(years)).map((page) => ({ page })),
    years: years.map((year) => ({ year: String(year.year) })),
    yearPages: years.flatMap((year) => laterPages(year.count).map((page) => ({ year: String(year.year), page }))),
    months: months.map(monthParams),
    monthPages: months.flatMap((entry) =>
      laterPages(entry.month.count).map((page) => ({ ...monthParams(entry), page })),
    ),
  };
}

/**
 * Every page of every archive listing for the sitemap: its path, and all the posts of its listing
 * (a new post shifts every later page, so each page changes when any of them does).
 */
export function archiveSitemapPages<P>(
  years: readonly ArchiveYear<P>[],
  perPage: number,
): { url: string; posts: readonly P[] }[] {
  const listings = [
    { period: {}, posts: postsOf(years) },
    ...years.flatMap((year) => [
      { period: { year: year.year }, posts: postsOf([year]) },
      ...year.months.map((month) => ({ period: { year: year.year, month: month.month }, posts: month.posts })),
    ]),
  ];
  return listings.flatMap(({ period, posts }) =>
    pageNumbers(posts.length, perPage).map((page) => ({ url: archivesPageUrl(period, page), posts })),
  );
}

// The years and months a listing covers, looked up by their URL spelling (`2025`, `01`), so
// `02025` or `1` match nothing. Every post of the site is a listing even when there are none.
function archiveOf<P>(
  years: readonly ArchiveYear<P>[],
  params: ArchiveParams,
): { period: ArchivePeriod; years: readonly ArchiveYear<P>[]; count: number } | undefined {
  if (params.year === undefined) {
    return params.month === undefined ? { period: {}, years, count: totalCount(years) } : undefined;
  }
  const year = years.find((candidate) => String(candidate.year) === params.year);
  if (!year) return undefined;
  if (params.month === undefined) return { period: { year: year.year }, years: [year], count: year.count };
  const month = year.months.find((candidate) => monthSegment(candidate.month) === params.month);
  return (
    month && {
      period: { year: year.year, month: month.month },
      years: [{ ...year, months: [month] }],
      count: month.count,
    }
  );
}

const totalCount = (years: readonly ArchiveYear<unknown>[]) => years.reduce((sum, year) => sum + year.count, 0);

const postsOf = <P>(years: readonly ArchiveYear<P>[]) =>
  years.flatMap((year) => year.months.flatMap((month) => month.posts));
