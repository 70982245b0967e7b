import { describe, expect, it } from 'vitest';

import {
  FrontMatterError,
  readCategoryPaths,
  readComments,
  readCommentsId,
  readCover,
  readDate,
  readExcerptField,
  readLang,
  readPublished,
  readSeries,
  readSticky,
  readTags,
  readTitle,
  readUpdated,
} from './front-matter';

const FILE = 'posts/hello-world.md';
const SEOUL = 'Asia/Seoul';

/** Runs `read` and returns what it threw, so a test can check the message names file and field. */
function thrown(read: () => unknown): Error {
  try {
    read();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the read to throw');
}

describe('readTitle', () => {
  it('returns the title, trimmed', () => {
    expect(readTitle('  안녕하세요  ', FILE)).toBe('안녕하세요');
  });

  it.each([undefined, null, '', '   '])('falls back to the file name when the title is %j', (value) => {
    expect(readTitle(value, FILE)).toBe('hello-world');
  });

  it('shows a number as YAML read it', () => {
    expect(readTitle(2025, FILE)).toBe('2025');
  });

  it.each([{ ko: '제목' }, ['제목', '부제'], true])('throws on %j, naming the file and "title"', (value) => {
    const error = thrown(() => readTitle(value, FILE));
    expect(error).toBeInstanceOf(FrontMatterError);
    expect(error.name).toBe('FrontMatterError');
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('"title"');
  });
});

describe('readDate', () => {
  it('reads the date field in the site time zone', () => {
    expect(readDate('2025-01-10 00:35:33', FILE, SEOUL).toISOString()).toBe('2025-01-09T15:35:33.000Z');
  });

  it('passes through a valid Date', () => {
    const date = new Date('2025-01-10T00:00:00.000Z');
    expect(readDate(date, FILE, SEOUL).toISOString()).toBe('2025-01-10T00:00:00.000Z');
  });

  it.each([undefined, null, ''])('falls back to the YYYY-MM-DD- prefix of the file name when date is %j', (value) => {
    expect(readDate(value, 'posts/2024-03-05-hello.md', SEOUL).toISOString()).toBe('2024-03-04T15:00:00.000Z');
  });

  it('prefers the date field over the file name', () => {
    expect(readDate('2025-01-10', 'posts/2024-03-05-hello.md', SEOUL).toISOString()).toBe('2025-01-09T15:00:00.000Z');
  });

  it('throws naming the file when there is neither a date nor a dated file name', () => {
    const error = thrown(() => readDate(undefined, FILE, SEOUL));
    expect(error).toBeInstanceOf(FrontMatterError);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('"date"');
    expect(error.message).toContain('npm run import:hexo');
  });

  it('throws naming the file when the file name holds an impossible date', () => {
    const error = thrown(() => readDate(undefined, 'posts/2024-13-05-hello.md', SEOUL));
    expect(error).toBeInstanceOf(FrontMatterError);
    expect(error.message).toContain('posts/2024-13-05-hello.md');
  });

  it.each(['2025-02-30', 'yesterday', 20250110, ['2025-01-10'], new Date(Number.NaN)])(
    'throws on %j, naming the file and "date"',
    (value) => {
      const error = thrown(() => readDate(value, FILE, SEOUL));
      expect(error).toBeInstanceOf(FrontMatterError);
      expect(error.message).toContain(FILE);
      expect(error.message).toContain('"date"');
    },
  );

  it('quotes the bad value so the author can find it', () => {
    expect(thrown(() => readDate('2025-02-30', FILE, SEOUL)).message).toContain('"2025-02-30"');
  });
});

describe('readUpdated', () => {
  it('is undefined when missing', () => {
    expect(readUpdated(undefined, FILE, SEOUL)).toBeUndefined();
    expect(readUpdated('', FILE, SEOUL)).toBeUndefined();
  });

  it('reads the field in the site time zone', () => {
    expect(readUpdated('2025-01-11 09:00', FILE, SEOUL)?.toISOString()).toBe('2025-01-11T00:00:00.000Z');
  });

  it('throws naming "updated" on a bad value', () => {
    const error = thrown(() => readUpdated('tomorrow', FILE, SEOUL));
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('"updated"');
  });
});

describe('readPublished', () => {
  it('defaults to published', () => {
    expect(readPublished(undefined, FILE)).toBe(true);
    expect(readPublished(null, FILE)).toBe(true);
  });

  it('reads a boolean', () => {
    expect(readPublished(true, FILE)).toBe(true);
    expect(readPublished(false, FILE)).toBe(false);
  });

  // YAML 1.2 reads `published: no` as the text "no"; treating it as true would publish a draft.
  it.each(['no', 'false', 'true', 0, 1])('rejects %j', (value) => {
    const error = thrown(() => readPublished(value, FILE));
    expect(error).toBeInstanceOf(FrontMatterError);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('"published"');
  });
});

describe('readTags', () => {
  it('reads a list', () => {
    expect(readTags({ tags: ['React', '소식'] }, FILE)).toEqual(['React', '소식']);
  });

  it('reads a single string as one tag', () => {
    expect(readTags({ tags: '소식' }, FILE)).toEqual(['소식']);
  });

  it('reads the `tag` alias, after `tags`', () => {
    expect(readTags({ tag: ['일기'] }, FILE)).toEqual(['일기']);
    expect(readTags({ tags: ['소식'], tag: '일기' }, FILE)).toEqual(['소식', '일기']);
  });

  it('turns numbers and booleans into names', () => {
    expect(readTags({ tags: [2025, 3.5, true] }, FILE)).toEqual(['2025', '3.5', 'true']);
  });

  it('removes duplicates that differ only in case, spaces or Unicode form, keeping the first spelling', () => {
    expect(readTags({ tags: ['React', 'react', ' REACT '] }, FILE)).toEqual(['React']);
    expect(readTags({ tags: ['소식'.normalize('NFD'), '소식'] }, FILE)).toEqual(['소식']);
    expect(readTags({ tags: ['React'], tag: 'react' }, FILE)).toEqual(['React']);
  });

  it('NFC-normalizes and trims names', () => {
    const [name] = readTags({ tags: [` ${'소식'.normalize('NFD')} `] }, FILE);
    expect(name).toBe('소식'.normalize('NFC'));
  });

  it('gives no tags when the field is missing or empty', () => {
    expect(readTags({}, FILE)).toEqual([]);
    expect(readTags({ tags: null, tag: '' }, FILE)).toEqual([]);
    expect(readTags({ tags: [] }, FILE)).toEqual([]);
  });

  it.each([[[{ name: 'React' }]], [['React', ['nested']]], [[null]], [['']], [{ name: 'React' }]])(
    'throws on tags %j, naming the file and "tags"',
    (tags) => {
      const error = thrown(() => readTags({ tags }, FILE));
      expect(error).toBeInstanceOf(FrontMatterError);
      expect(error.message).toContain(FILE);
      expect(error.message).toContain('"tags"');
    },
  );

  it('names `tag` when the bad entry is under the alias', () => {
    expect(thrown(() => readTags({ tag: [{}] }, FILE)).message).toContain('"tag"');
  });
});

describe('readCategoryPaths', () => {
  it('reads a flat list as one path from parent to child', () => {
    expect(readCategoryPaths({ categories: ['개발', '웹'] }, FILE)).toEqual([['개발', '웹']]);
  });

  it('reads a list holding lists as one path per entry', () => {
    expect(readCategoryPaths({ categories: [['스포츠', '야구'], '라이벌'] }, FILE)).toEqual([
      ['스포츠', '야구'],
      ['라이벌'],
    ]);
  });

  it('reads a single string as a one-level path', () => {
    expect(readCategoryPaths({ categories: '소식' }, FILE)).toEqual([['소식']]);
  });

  it('reads the `category` alias', () => {
    expect(readCategoryPaths({ category: ['개발', '웹'] }, FILE)).toEqual([['개발', '웹']]);
    expect(readCategoryPaths({ category: '소식' }, FILE)).toEqual([['소식']]);
  });

  it('combines both fields and drops a path repeated in another case or form', () => {
    expect(readCategoryPaths({ categories: ['Dev', '웹'], category: [['dev', '웹'], '소식'] }, FILE)).toEqual([
      ['Dev', '웹'],
      ['소식'],
    ]);
  });

  it('gives no paths when the field is missing or empty', () => {
    expect(readCategoryPaths({}, FILE)).toEqual([]);
    expect(readCategoryPaths({ categories: [] }, FILE)).toEqual([]);
    expect(readCategoryPaths({ categories: '' }, FILE)).toEqual([]);
  });

  it.each([[[{ name: '개발' }]], [[['스포츠', ['야구']]]], [{ parent: '개발' }]])(
    'throws on categories %j, naming the file and "categories"',
    (categories) => {
      const error = thrown(() => readCategoryPaths({ categories }, FILE));
      expect(error).toBeInstanceOf(FrontMatterError);
      expect(error.message).toContain(FILE);
      expect(error.message).toContain('"categories"');
    },
  );

  it('names `category` when the bad entry is under the alias', () => {
    expect(thrown(() => readCategoryPaths({ category: [{}] }, FILE)).message).toContain('"category"');
  });
});

describe('readExcerptField', () => {
  it('returns text and nothing for a missing field', () => {
    expect(readExcerptField('요약입니다.', FILE)).toBe('요약입니다.');
    expect(readExcerptField(undefined, FILE)).toBeUndefined();
    expect(readExcerptField(null, FILE)).toBeUndefined();
  });

  it('throws on a list, naming the file and "excerpt"', () => {
    const error = thrown(() => readExcerptField(['a'], FILE));
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('"excerpt"');
  });
});

describe("Hexo themes' fields", () => {
  it.each([
    [undefined, 0],
    [null, 0],
    [false, 0],
    [true, 1],
    [3, 3],
  ])('reads sticky %j as %j', (value, expected) => {
    expect(readSticky(value, 'a.md')).toBe(expected);
  });

  it('names the file and field of a bad sticky', () => {
    expect(() => readSticky('top', 'a.md')).toThrow('a.md: front matter "sticky": must be a number of 0 or more');
  });

  it('takes cover, else thumbnail, else banner', () => {
    expect(readCover({ thumbnail: 't.png', banner: 'b.png' }, 'a.md')).toBe('t.png');
    expect(readCover({ cover: ' /c.png ', thumbnail: 't.png' }, 'a.md')).toBe('/c.png');
    expect(readCover({ banner: 'https://cdn.example.com/b.png' }, 'a.md')).toBe('https://cdn.example.com/b.png');
    expect(readCover({ cover: '' }, 'a.md')).toBeUndefined();
    expect(() => readCover({ cover: ['a'] }, 'a.md')).toThrow('front matter "cover"');
  });

  it('reads comments: false, and names a wrong value', () => {
    expect(readComments(undefined, 'a.md')).toBe(true);
    expect(readComments(false, 'a.md')).toBe(false);
    expect(() => readComments('no', 'a.md')).toThrow('front matter "comments": must be true or false');
  });

  it('reads comments_id as NFC text, a number as text, and names a wrong value', () => {
    expect(readCommentsId(undefined, 'a.md')).toBeUndefined();
    expect(readCommentsId(' 한글'.normalize('NFD'), 'a.md')).toBe('한글');
    expect(readCommentsId(42, 'a.md')).toBe('42');
    expect(() => readCommentsId(['a'], 'a.md')).toThrow('front matter "comments_id": must be text');
  });

  it('reads lang as a canonical language tag', () => {
    expect(readLang('zh_cn', 'a.md')).toBe('zh-CN');
    expect(readLang('en', 'a.md')).toBe('en');
    expect(readLang(undefined, 'a.md')).toBeUndefined();
    expect(() => readLang('not a language!', 'a.md')).toThrow('front matter "lang"');
  });

  it('treats empty taxonomy fields as none', () => {
    expect(readTags({ tags: null }, 'a.md')).toEqual([]);
    expect(readTags({ tags: [] }, 'a.md')).toEqual([]);
    expect(readCategoryPaths({ categories: [], category: null }, 'a.md')).toEqual([]);
  });
});

describe('readSeries', () => {
  it('reads the series name in NFC, with an optional place in it', () => {
    expect(readSeries({}, FILE)).toBeUndefined();
    expect(readSeries({ series: ' 한글 검색 만들기 ' }, FILE)).toEqual({ name: '한글 검색 만들기' });
    expect(readSeries({ series: '\u1112\u1161\u11ab', series_order: 2 }, FILE)).toEqual({ name: '한', order: 2 });
  });

  it.each([
    [{ series_order: 1 }, /"series_order": needs `series:`/],
    [{ series: ['a', 'b'] }, /"series": must be the series' name, not a list/],
    [{ series: 'a', series_order: 0 }, /"series_order": must be a whole number of at least 1, not 0/],
    [{ series: 'a', series_order: '2' }, /"series_order": must be a whole number/],
  ])('names the file and field of a mistake in %j', (fields, message) => {
    expect(() => readSeries(fields, FILE)).toThrow(message);
  });
});
