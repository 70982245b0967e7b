import { describe, expect, it } from 'vitest';

import { archiveRouteParams, archiveSitemapPages, paginateArchive, resolveArchivePage } from './archive-pages';
import { groupByMonth, type ArchiveYear } from './archives';
import { parseTimestamp } from './dates';
import { buildPostIndex, type Post } from './post-index';
import { sourcePost } from './test-fixtures';

const SEOUL = 'Asia/Seoul';

// Seven posts: 2025-03 (2), 2025-01 (3), 2024-12 (1), 2023-07 (1). Three a page cut January 2025
// between pages 1 and 2, and 2025 with it.
const at = (slug: string, text: string) => sourcePost(slug, { publishedAt: parseTimestamp(text, SEOUL).toISOString() });
const archive = groupByMonth(
  buildPostIndex([
    at('mar-2', '2025-03-20 09:00'),
    at('mar-1', '2025-03-02 09:00'),
    at('jan-3', '2025-01-30 09:00'),
    at('jan-2', '2025-01-15 09:00'),
    // 00:30 on 1 January in Seoul is still 2024 in UTC: it belongs to January 2025 all the same.
    at('jan-1', '2025-01-01 00:30'),
    at('dec', '2024-12-24 20:00'),
    at('old', '2023-07-01 12:00'),
  ]).posts,
  SEOUL,
);

/** `2025 (5) / 03 (2): mar-2, mar-1` per month of a page, for compact assertions. */
function outline(years: readonly ArchiveYear<Post>[] | undefined): string[] | undefined {
  return years?.flatMap((year) =>
    year.months.map(
      (month) =>
        `${year.year} (${year.count}) / ${String(month.month).padStart(2, '0')} (${month.count}): ` +
        month.posts.map((post) => post.slug).join(', '),
    ),
  );
}

describe('paginateArchive', () => {
  it('cuts pages of posts grouped by year and month, each group with the count of all its posts', () => {
    expect(outline(paginateArchive(archive, 1, 3)?.items)).toEqual([
      '2025 (5) / 03 (2): mar-2, mar-1',
      '2025 (5) / 01 (3): jan-3',
    ]);
    expect(outline(paginateArchive(archive, 2, 3)?.items)).toEqual([
      '2025 (5) / 01 (3): jan-2, jan-1',
      '2024 (1) / 12 (1): dec',
    ]);
    expect(outline(paginateArchive(archive, 3, 3)?.items)).toEqual(['2023 (1) / 07 (1): old']);
    expect(paginateArchive(archive, 3, 3)).toMatchObject({ page: 3, totalPages: 3 });
  });

  it('shows a month split across two pages on both, with its whole count', () => {
    const january = (page: number) =>
      paginateArchive(archive, page, 3)
        ?.items.flatMap((year) => year.months)
        .find((month) => month.month === 1);
    expect(january(1)).toMatchObject({ year: 2025, month: 1, count: 3 });
    expect(january(2)).toMatchObject({ year: 2025, month: 1, count: 3 });
    expect([...january(1)!.posts, ...january(2)!.posts].map((post) => post.slug)).toEqual(['jan-3', 'jan-2', 'jan-1']);
  });

  it('puts every post on exactly one page, in order', () => {
    for (const perPage of [1, 2, 3, 7, 100]) {
      const { totalPages } = paginateArchive(archive, 1, perPage)!;
      expect(totalPages).toBe(Math.ceil(7 / perPage));
      const pages = Array.from({ length: totalPages }, (_, i) => paginateArchive(archive, i + 1, perPage)!);
      const slugs = pages.flatMap((page) =>
        page.items.flatMap((y) => y.months.flatMap((m) => m.posts.map((p) => p.slug))),
      );
      expect(slugs).toEqual(['mar-2', 'mar-1', 'jan-3', 'jan-2', 'jan-1', 'dec', 'old']);
      expect(pages.every((page) => page.items.flatMap((y) => y.months).length > 0)).toBe(true);
    }
  });

  it('fills the last page exactly when the posts divide evenly, and has nothing after it', () => {
    expect(outline(paginateArchive(archive, 1, 7)?.items)).toHaveLength(4);
    expect(paginateArchive(archive, 2, 7)).toBeUndefined();
  });

  it('has no page 0, nothing past the end and no page that is not a whole number', () => {
    for (const page of [0, -1, 4, 1.5, Number.NaN]) expect(paginateArchive(archive, page, 3)).toBeUndefined();
  });

  it('gives an empty archive one empty page and nothing after it', () => {
    expect(paginateArchive([], 1, 3)).toEqual({ items: [], page: 1, totalPages: 1 });
    expect(paginateArchive([], 2, 3)).toBeUndefined();
  });

  it('leaves the archive it cuts as it was', () => {
    const before = outline(archive);
    paginateArchive(archive, 2, 3);
    expect(outline(archive)).toEqual(before);
  });
});

describe('resolveArchivePage', () => {
  const resolve = (params: Parameters<typeof resolveArchivePage>[1]) => resolveArchivePage(archive, params, 3);

  it('finds page 1 of the archive, a year and a month at the listing itself', () => {
    expect(resolve({})).toMatchObject({ period: {}, count: 7, page: { page: 1, totalPages: 3 } });
    expect(resolve({ year: '2025' })).toMatchObject({ period: { year: 2025 }, count: 5, page: { totalPages: 2 } });
    expect(resolve({ year: '2025', month: '01' })).toMatchObject({
      period: { year: 2025, month: 1 },
      count: 3,
      page: { page: 1, totalPages: 1 },
    });
  });

  it('finds later pages, holding only posts of their year', () => {
    expect(outline(resolve({ page: '3' })?.page.items)).toEqual(['2023 (1) / 07 (1): old']);
    expect(outline(resolve({ year: '2025', page: '2' })?.page.items)).toEqual(['2025 (5) / 01 (3): jan-2, jan-1']);
  });

  it('keeps the whole listing beside the page, for the overview of its years and months', () => {
    expect(outline(resolve({ page: '2' })?.archive)).toEqual(outline(archive));
    expect(resolve({ year: '2024' })?.archive.map((year) => year.year)).toEqual([2024]);
  });

  it.each(['1', '0', '00', '02', '4', '-1', 'abc', '2abc', ''])('refuses page %j of the archive', (page) => {
    expect(resolve({ page })).toBeUndefined();
  });

  it('refuses page 1 and pages past the end of a year or a month', () => {
    expect(resolve({ year: '2025', page: '1' })).toBeUndefined();
    expect(resolve({ year: '2025', page: '3' })).toBeUndefined();
    expect(resolve({ year: '2025', month: '01', page: '2' })).toBeUndefined();
  });

  it.each([
    { year: '1999' },
    { year: '02025' },
    { year: 'abc' },
    { year: '2025', month: '1' },
    { year: '2025', month: '02' },
    { year: '2025', month: '13' },
    { month: '01' },
  ])('refuses a period without posts or not spelt as its URL: %j', (params) => {
    expect(resolve(params)).toBeUndefined();
  });

  it('gives an empty site an empty first page of the archive, and nothing else', () => {
    expect(resolveArchivePage([], {}, 3)).toEqual({
      period: {},
      archive: [],
      count: 0,
      page: { items: [], page: 1, totalPages: 1 },
    });
    expect(resolveArchivePage([], { page: '2' }, 3)).toBeUndefined();
    expect(resolveArchivePage([], { year: '2025' }, 3)).toBeUndefined();
  });
});

describe('archiveRouteParams', () => {
  it('has params for every page of every listing, later pages from 2', () => {
    expect(archiveRouteParams(archive, 3)).toEqual({
      pages: [{ page: '2' }, { page: '3' }],
      years: [{ year: '2025' }, { year: '2024' }, { year: '2023' }],
      yearPages: [{ year: '2025', page: '2' }],
      months: [
        { year: '2025', month: '03' },
        { year: '2025', month: '01' },
        { year: '2024', month: '12' },
        { year: '2023', month: '07' },
      ],
      monthPages: [],
    });
    expect(archiveRouteParams(archive, 2).monthPages).toEqual([{ year: '2025', month: '01', page: '2' }]);
  });

  it('has only first pages when everything fits on one, and nothing but /archives for an empty site', () => {
    const params = archiveRouteParams(archive, 100);
    expect([params.pages, params.yearPages, params.monthPages]).toEqual([[], [], []]);
    expect(archiveRouteParams([], 3)).toEqual({ pages: [], years: [], yearPages: [], months: [], monthPages: [] });
  });

  it('names only pages that resolve', () => {
    const { pages, years, yearPages, months, monthPages } = archiveRouteParams(archive, 2);
    for (const params of [...pages, ...years, ...yearPages, ...months, ...monthPages]) {
      expect(resolveArchivePage(archive, params, 2), JSON.stringify(params)).toBeDefined();
    }
  });
});

describe('archiveSitemapPages', () => {
  it('lists every page of every listing, each with all the posts of its listing', () => {
    const pages = archiveSitemapPages(archive, 3);
    expect(pages.map((page) => `${page.url} ${page.posts.length}`)).toEqual([
      '/archives 7',
      '/archives/page/2 7',
      '/archives/page/3 7',
      '/archives/2025 5',
      '/archives/2025/page/2 5',
      '/archives/2025/03 2',
      '/archives/2025/01 3',
      '/archives/2024 1',
      '/archives/2024/12 1',
      '/archives/2023 1',
      '/archives/2023/07 1',
    ]);
  });

  it('lists an empty site’s archive once', () => {
    expect(archiveSitemapPages([], 3)).toEqual([{ url: '/archives', posts: [] }]);
  });
});
