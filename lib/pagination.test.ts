import { describe, expect, it } from 'vitest';

import { pageCount, pageNumbers, paginate, parsePageParam } from './pagination';

const items = [1, 2, 3, 4, 5, 6, 7];

describe('paginate', () => {
  it('cuts the first, a middle and the last page', () => {
    expect(paginate(items, 1, 3)).toEqual({ items: [1, 2, 3], page: 1, totalPages: 3 });
    expect(paginate(items, 2, 3)).toEqual({ items: [4, 5, 6], page: 2, totalPages: 3 });
    expect(paginate(items, 3, 3)).toEqual({ items: [7], page: 3, totalPages: 3 });
  });

  it('fills the last page exactly when the items divide evenly', () => {
    expect(paginate(items.slice(0, 6), 2, 3)).toEqual({ items: [4, 5, 6], page: 2, totalPages: 2 });
    expect(paginate(items.slice(0, 6), 3, 3)).toBeUndefined();
  });

  it('has no page 0, no negative page and nothing past the end', () => {
    expect(paginate(items, 0, 3)).toBeUndefined();
    expect(paginate(items, -1, 3)).toBeUndefined();
    expect(paginate(items, 4, 3)).toBeUndefined();
    expect(paginate(items, 99, 3)).toBeUndefined();
  });

  it('has no page that is not a whole number', () => {
    expect(paginate(items, 1.5, 3)).toBeUndefined();
    expect(paginate(items, Number.NaN, 3)).toBeUndefined();
    expect(paginate(items, Number.POSITIVE_INFINITY, 3)).toBeUndefined();
  });

  it('gives an empty listing one empty page and nothing after it', () => {
    expect(paginate([], 1, 3)).toEqual({ items: [], page: 1, totalPages: 1 });
    expect(paginate([], 2, 3)).toBeUndefined();
  });

  it('leaves the listing it cuts as it was', () => {
    const listing = [...items];
    paginate(listing, 2, 3);
    expect(listing).toEqual(items);
  });
});

describe('pageCount and pageNumbers', () => {
  it('counts the pages a listing needs, at least one', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
    expect(pageCount(7, 3)).toBe(3);
  });

  it('lists every page number from 1', () => {
    expect(pageNumbers(0, 10)).toEqual([1]);
    expect(pageNumbers(10, 10)).toEqual([1]);
    expect(pageNumbers(21, 10)).toEqual([1, 2, 3]);
  });
});

describe('parsePageParam', () => {
  it('reads a canonical positive integer', () => {
    expect(parsePageParam('1')).toBe(1);
    expect(parsePageParam('2')).toBe(2);
    expect(parsePageParam('10')).toBe(10);
    expect(parsePageParam('120')).toBe(120);
  });

  it.each(['02', '0', '00', '-1', '1.5', '1e2', 'abc', '2abc', ' 2', '2 ', '2\n', '+2', '', '０２', '٢'])(
    'rejects %j',
    (value) => {
      expect(parsePageParam(value)).toBeUndefined();
    },
  );

  it('rejects a missing value', () => {
    expect(parsePageParam(undefined)).toBeUndefined();
  });
});
