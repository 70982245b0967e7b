import { describe, expect, it } from 'vitest';

import { groupByMonth } from './archives';
import { parseTimestamp } from './dates';

// These run under TZ=UTC, Asia/Seoul and America/Los_Angeles (npm run test:unit): the grouping
// must follow the zone it is given, never the machine's.
const SEOUL = 'Asia/Seoul';
const LA = 'America/Los_Angeles';

const post = (slug: string, text: string, zone = SEOUL) => ({ slug, date: parseTimestamp(text, zone) });

/** `2025-01: a, b` per month, newest first, for compact assertions. */
function outline(posts: readonly { slug: string; date: Date }[], timeZone: string): string[] {
  return groupByMonth(posts, timeZone).flatMap((year) =>
    year.months.map(
      (m) => `${year.year}-${String(m.month).padStart(2, '0')}: ${m.posts.map((p) => p.slug).join(', ')}`,
    ),
  );
}

describe('groupByMonth', () => {
  it('groups posts by year and month, newest first, keeping their order within a month', () => {
    const posts = [
      post('mar', '2025-03-02 09:00'),
      post('jan-b', '2025-01-20 09:00'),
      post('jan-a', '2025-01-03 09:00'),
      post('dec', '2024-12-24 20:00'),
      post('old', '2019-07-01 12:00'),
    ];
    const archive = groupByMonth(posts, SEOUL);
    expect(archive.map((year) => [year.year, year.count])).toEqual([
      [2025, 3],
      [2024, 1],
      [2019, 1],
    ]);
    expect(outline(posts, SEOUL)).toEqual(['2025-03: mar', '2025-01: jan-b, jan-a', '2024-12: dec', '2019-07: old']);
    expect(archive[0]?.months[1]).toEqual({ year: 2025, month: 1, count: 2, posts: [posts[1], posts[2]] });
  });

  it('puts a post at 00:30 on January 1 in Seoul in January 2025, though UTC says December 31', () => {
    const newYear = post('new-year', '2025-01-01 00:30');
    expect(newYear.date.toISOString()).toBe('2024-12-31T15:30:00.000Z');
    expect(outline([newYear], SEOUL)).toEqual(['2025-01: new-year']);
    // The same instant on a site in UTC or Los Angeles is still in December 2024.
    expect(outline([newYear], 'UTC')).toEqual(['2024-12: new-year']);
    expect(outline([newYear], LA)).toEqual(['2024-12: new-year']);
  });

  it('puts the last evening of a month in Los Angeles in that month', () => {
    const posts = [post('july', '2025-07-01 00:10', LA), post('june-night', '2025-06-30 23:50', LA)];
    expect(posts[1]?.date.toISOString()).toBe('2025-07-01T06:50:00.000Z');
    expect(outline(posts, LA)).toEqual(['2025-07: july', '2025-06: june-night']);
    expect(outline(posts, SEOUL)).toEqual(['2025-07: july, june-night']);
  });

  it('orders years and months newest first even when the posts are not', () => {
    const posts = [post('a', '2023-02-01'), post('b', '2025-11-01'), post('c', '2023-10-01'), post('d', '2024-01-01')];
    expect(outline(posts, SEOUL)).toEqual(['2025-11: b', '2024-01: d', '2023-10: c', '2023-02: a']);
  });

  it('leaves out years and months without posts, and builds nothing from no posts', () => {
    expect(groupByMonth([post('a', '2020-05-05'), post('b', '2018-05-05')], SEOUL).map((y) => y.year)).toEqual([
      2020, 2018,
    ]);
    expect(groupByMonth([], SEOUL)).toEqual([]);
  });
});
