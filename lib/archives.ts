import { yearMonthIn } from './dates';

/** The posts of one calendar month. */
export interface ArchiveMonth<P> {
  year: number;
  /** 1–12. */
  month: number;
  /** Posts in the whole month, also when `posts` holds only one page of them (lib/archive-pages.ts). */
  count: number;
  posts: readonly P[];
}

/** The posts of one calendar year, by month, newest month first. */
export interface ArchiveYear<P> {
  year: number;
  /** Posts in the whole year, also when `months` holds only one page of them. */
  count: number;
  months: readonly ArchiveMonth<P>[];
}

/**
 * Groups posts by the year and month they were published in `timeZone` (the site's, never the
 * build machine's): a post at 00:30 on January 1 in Seoul is in January, though UTC still says
 * December 31. Years and months come newest first, and only those with posts; within a month the
 * posts keep the order they are given in (the post index's, newest first).
 */
export function groupByMonth<P extends { date: Date }>(posts: readonly P[], timeZone: string): ArchiveYear<P>[] {
  const byYear = new Map<number, Map<number, P[]>>();
  for (const post of posts) {
    const { year, month } = yearMonthIn(post.date, timeZone);
    let months = byYear.get(year);
    if (!months) byYear.set(year, (months = new Map()));
    const group = months.get(month);
    if (group) group.push(post);
    else months.set(month, [post]);
  }
  const newestFirst = (a: number, b: number) => b - a;
  return [...byYear.keys()].sort(newestFirst).map((year) => {
    const months = byYear.get(year)!;
    return {
      year,
      count: [...months.values()].reduce((sum, group) => sum + group.length, 0),
      months: [...months.keys()].sort(newestFirst).map((month) => {
        const posts = months.get(month)!;
        return { year, month, count: posts.length, posts };
      }),
    };
  });
}
