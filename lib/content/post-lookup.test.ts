import { describe, expect, it } from 'vitest';

import { readDate } from '../front-matter';
import { buildPostLookup } from './post-lookup';

const files = [
  { path: 'no-date.md', text: '---\ntitle: 날짜 없는 글\ndate: 2026-12-01 15:38:15\n---\n본문' },
  { path: '2015-01-15-tic-tac-toe.md', text: 'title: 틱택토 연습\n---\n본문' },
  { path: 'draft.md', text: '---\ntitle: 초안\npublished: false\n---\n' },
];

describe('buildPostLookup', () => {
  it("keeps a date without an offset as text, as the post's own build reads it (not a UTC instant)", () => {
    // 15:38 in Seoul is still 1 December; read as UTC it would be 2 December there.
    const find = buildPostLookup(files, ':title.md', (post) =>
      readDate(post.fields.date, post.path, 'Asia/Seoul').toISOString(),
    );
    expect(find('no-date')?.url).toBe('2026-12-01T06:38:15.000Z');
  });

  it("finds a post by path, Hexo's slug, file name or title, and never an unpublished one", () => {
    const find = buildPostLookup(files, ':year-:month-:day-:title.md', (post) => post.path);
    for (const target of ['2015-01-15-tic-tac-toe', 'tic-tac-toe', '틱택토 연습']) {
      expect(find(target)?.url, target).toBe('2015-01-15-tic-tac-toe.md');
    }
    expect(find('draft')).toBeUndefined();
  });

  it('never finds a post the build holds back (a future one under `future: false`)', () => {
    const find = buildPostLookup(
      files,
      ':title.md',
      (post) => post.path,
      (post) => post.path !== 'no-date.md',
    );
    expect(find('no-date')).toBeUndefined();
    expect(find('2015-01-15-tic-tac-toe')?.url).toBe('2015-01-15-tic-tac-toe.md');
  });
});
