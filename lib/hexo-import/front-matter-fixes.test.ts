import { describe, expect, it } from 'vitest';

import {
  dateFromPostName,
  fixPost,
  formatFrontMatterDate,
  hexoFileDate,
  setFrontMatterField,
} from './front-matter-fixes';

// 2024-05-01T00:30:00Z: 09:30 in Seoul, still 30 April in Los Angeles.
const BORN = Date.UTC(2024, 4, 1, 0, 30, 0);
const stats = { birthtimeMs: BORN, mtimeMs: BORN + 86_400_000 };
const facts = { path: 'hello.md', newPostName: ':title.md', timeZone: 'Asia/Seoul', stats };

describe('formatFrontMatterDate', () => {
  it("writes the site's wall clock, whatever the machine's TZ", () => {
    expect(formatFrontMatterDate(new Date(BORN), 'Asia/Seoul')).toBe('2024-05-01 09:30:00');
    expect(formatFrontMatterDate(new Date(BORN), 'America/Los_Angeles')).toBe('2024-04-30 17:30:00');
    expect(formatFrontMatterDate(new Date(Date.UTC(2024, 0, 1, 15, 0, 0)), 'Asia/Seoul')).toBe('2024-01-02 00:00:00');
  });
});

describe('hexoFileDate', () => {
  it('is the birth time, else the mtime where the file system keeps none', () => {
    expect(hexoFileDate(stats).getTime()).toBe(BORN);
    expect(hexoFileDate({ birthtimeMs: 0, mtimeMs: 5 }).getTime()).toBe(5);
  });
});

describe('dateFromPostName', () => {
  it('reads the date parts of new_post_name', () => {
    expect(dateFromPostName(':year-:month-:day-:title.md', '2015-01-15-etude0tic-tac-toe.md')).toBe('2015-01-15');
    expect(dateFromPostName(':year/:i_month/:i_day/:title.md', '2015/1/5/hello.md')).toBe('2015-01-05');
  });

  it('finds none where the pattern has none or the name does not match it', () => {
    expect(dateFromPostName(':title.md', '2015-01-15-hello.md')).toBeUndefined();
    expect(dateFromPostName(':year-:month-:day-:title.md', 'notes/2015-01-15-hello.md')).toBeUndefined();
    expect(dateFromPostName(':year-:month-:day-:title.md', 'hello.md')).toBeUndefined();
  });
});

describe('setFrontMatterField', () => {
  it('inserts one line at the end of the front matter, every other byte kept', () => {
    expect(setFrontMatterField('---\ntitle: 안녕\n---\n본문\n', 'date', '2024-05-01 09:30:00')).toBe(
      '---\ntitle: 안녕\ndate: 2024-05-01 09:30:00\n---\n본문\n',
    );
    expect(setFrontMatterField('---\r\ntitle: a\r\n---\r\nb', 'date', 'X')).toBe(
      '---\r\ntitle: a\r\ndate: X\r\n---\r\nb',
    );
  });

  it('reads front matter as Hexo splits it: after a blank line, or without the opening ---', () => {
    expect(setFrontMatterField('\n---\ntitle: a\n---\nb', 'date', 'X')).toBe('\n---\ntitle: a\ndate: X\n---\nb');
    expect(setFrontMatterField('title: a\n---\nb', 'date', 'X')).toBe('title: a\ndate: X\n---\nb');
  });

  it("replaces the key's own line (an empty date:, a draft's published: true)", () => {
    expect(setFrontMatterField('---\ndate:\ntitle: a\n---\n', 'date', 'X')).toBe('---\ndate: X\ntitle: a\n---\n');
    expect(setFrontMatterField('---\npublished: true\n---\n', 'published', 'false')).toBe(
      '---\npublished: false\n---\n',
    );
  });

  it('gives a file without front matter one; text before a thematic break is not front matter', () => {
    expect(setFrontMatterField('본문\n', 'date', 'X')).toBe('---\ndate: X\n---\n본문\n');
    expect(setFrontMatterField('한 문단.\n---\n둘째.\n', 'date', 'X')).toBe(
      '---\ndate: X\n---\n한 문단.\n---\n둘째.\n',
    );
  });

  it("adds a member to Hexo's JSON front matter", () => {
    expect(setFrontMatterField(';;;\n"title": "a"\n;;;\nb', 'date', 'X')).toBe(
      ';;;\n"date": "X",\n"title": "a"\n;;;\nb',
    );
  });
});

describe('fixPost', () => {
  it('writes the birth time in the site time zone into a post without date, as exact bytes', () => {
    const text = '---\ntitle: 날짜 없는 글\ntags: [일상]\n---\n본문입니다.\n';
    expect(fixPost(text, facts)).toEqual({
      text: '---\ntitle: 날짜 없는 글\ntags: [일상]\ndate: 2024-05-01 09:30:00\n---\n본문입니다.\n',
      fixes: ["date: 2024-05-01 09:30:00 (no date: Hexo dated it by the file's creation time, Asia/Seoul)"],
    });
    expect(fixPost(text, { ...facts, timeZone: 'America/Los_Angeles' }).text).toContain('date: 2024-04-30 17:30:00\n');
  });

  it('leaves a post with a date alone', () => {
    const text = '---\ndate: 2020-01-01\n---\n';
    expect(fixPost(text, facts)).toEqual({ text, fixes: [] });
  });

  it('leaves a post dated by its file name (new_post_name), which the build reads too', () => {
    const text = '---\ntitle: 틱택토\n---\n';
    const named = { ...facts, path: '2015-01-15-etude0tic-tac-toe.md', newPostName: ':year-:month-:day-:title.md' };
    expect(fixPost(text, named)).toEqual({ text, fixes: [] });
  });

  it("dates by the birth time a name whose date new_post_name does not give (Hexo's reading, not the build's)", () => {
    const fixed = fixPost('---\ntitle: a\n---\n', { ...facts, path: '2015-01-15-hello.md' });
    expect(fixed.text).toBe('---\ntitle: a\ndate: 2024-05-01 09:30:00\n---\n');
  });

  it('writes the date of a name the build does not read (folders per day); a name without a day dates nothing', () => {
    const monthly = fixPost('---\ntitle: a\n---\n', {
      ...facts,
      path: '2015/01/a.md',
      newPostName: ':year/:month/:title.md',
    });
    expect(monthly.text).toBe('---\ntitle: a\ndate: 2024-05-01 09:30:00\n---\n');
    const daily = fixPost('---\ntitle: a\n---\n', {
      ...facts,
      path: '2015/01/05/a.md',
      newPostName: ':year/:month/:day/:title.md',
    });
    expect(daily.text).toBe('---\ntitle: a\ndate: 2015-01-05 00:00:00\n---\n');
  });

  it('marks a draft published: false', () => {
    const fixed = fixPost('---\ndate: 2020-01-01\n---\n', { ...facts, draft: true });
    expect(fixed).toEqual({
      text: '---\ndate: 2020-01-01\npublished: false\n---\n',
      fixes: ['published: false (a draft)'],
    });
  });
});
