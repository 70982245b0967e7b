import {
  archiveRouteParams,
  resolveArchivePage,
  type ArchivePage,
  type ArchiveParams,
  type ArchivePeriod,
  type ArchiveRouteParams,
} from './archive-pages';
import { groupByMonth, type ArchiveYear } from './archives';
import { formatYear, formatYearMonth } from './dates';
import { t } from './messages';
import { postIndex, type Post } from './posts';
import { site } from './site';
import { archivesPageUrl } from './urls';

// The archive pages: every post by year and month, in the site's time zone. They list titles and
// dates compactly, so they are paged like the card listings (lib/listings.ts) but with their own,
// larger page size (`site.archivePostsPerPage`).

/** One page of an archive listing, with its heading and the URL of any other page of it. */
export interface ArchiveListing extends ArchivePage<Post> {
  title: string;
  hrefOf: (page: number) => string;
}

let archive: readonly ArchiveYear<Post>[] | undefined;

/** Every year with posts, newest first, each with its months; grouped once, on first use. */
export function siteArchive(): readonly ArchiveYear<Post>[] {
  archive ??= groupByMonth(postIndex.posts, site.timeZone);
  return archive;
}

/**
 * The archive page for raw route params (`{}` is `/archives`, `{ year: '2025', page: '2' }` is
 * `/archives/2025/page/2`), or `undefined` for a page that does not exist (lib/archive-pages.ts).
 */
export function resolveArchiveListing(params: ArchiveParams): ArchiveListing | undefined {
  const found = resolveArchivePage(siteArchive(), params, site.archivePostsPerPage);
  return (
    found && { ...found, title: archiveTitle(found.period), hrefOf: (page) => archivesPageUrl(found.period, page) }
  );
}

let routeParams: ArchiveRouteParams | undefined;

/** Route params of every archive page, one list per route (`years`, `yearPages`, ...). */
export function archiveParams(): ArchiveRouteParams {
  routeParams ??= archiveRouteParams(siteArchive(), site.archivePostsPerPage);
  return routeParams;
}

/** The heading and page title of the archive (`아카이브`), or of a year or month of it (`2025년의 글`, `2025년 1월의 글`). */
export function archiveTitle({ year, month }: ArchivePeriod): string {
  if (year === undefined) return t.archives;
  return t.archiveOf(month === undefined ? formatYear(year, site.locale) : formatYearMonth(year, month, site.locale));
}
