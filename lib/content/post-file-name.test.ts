import { describe, expect, it } from 'vitest';

import { parsePostFileName } from './post-file-name';

describe('parsePostFileName', () => {
  it('is the file name with the default new_post_name', () => {
    expect(parsePostFileName('notes/hexo-blog.md', ':title.md')).toEqual({
      title: 'notes/hexo-blog',
      slug: 'hexo-blog',
      date: undefined,
    });
  });

  it('drops the date prefix and reads the date with :year-:month-:day-:title.md', () => {
    expect(parsePostFileName('2015-01-15-etude0tic-tac-toe.md', ':year-:month-:day-:title.md')).toEqual({
      title: 'etude0tic-tac-toe',
      slug: 'etude0tic-tac-toe',
      date: '2015-01-15',
    });
  });

  it('pads :i_month and :i_day', () => {
    expect(parsePostFileName('2015/1/5/한글.md', ':year/:i_month/:i_day/:title.md')).toMatchObject({
      slug: '한글',
      date: '2015-01-05',
    });
  });

  it('keeps a name that does not fit the pattern whole, as Hexo does', () => {
    expect(parsePostFileName('drafts/2015-01-15-a.md', ':year-:month-:day-:title.md')).toEqual({
      title: 'drafts/2015-01-15-a',
      slug: '2015-01-15-a',
      date: '2015-01-15',
    });
  });

  it('composes a decomposed (NFD) Hangul name', () => {
    expect(parsePostFileName('한글.md'.normalize('NFD'), ':title.md').slug).toBe('한글');
  });
});
